"""The main window: two panes, the link map, the findings panel, and the jobs behind them.

A thin view over the engine. Loading a side and comparing run as jobs on a
QThreadPool; the window keeps what each side has loaded, so changing one side
re-uses the other's Article and only that side is fetched again. Every error
reaches the user through the message bar as one sentence.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time

from PySide6.QtCore import QPoint, QSettings, QThreadPool, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from diptych import __version__
from diptych.app import theme
from diptych.app.actions import RECENT, build_actions, build_menus, build_toolbar
from diptych.app.articleview import accepts, deliver_drop
from diptych.app.drops import Dropped
from diptych.app.findbar import FindBar
from diptych.app.findings import FindingsPanel
from diptych.app.flow import anchors, drop_reentrant, map_position, sync_point
from diptych.engine.order import moved_links
from diptych.app.highlights import (
    DERIVATIVE,
    ORIGINAL,
    SIDES,
    SideMarks,
    compute_marks,
    finding_ids,
    finding_spans,
    is_whole_segment,
    other,
    same_language,
)
from diptych.app.linkmap import LinkMap
from diptych.app.messagebar import MessageBar
from diptych.app.pane import ArticlePane, address_to_dropped
from diptych.app.progressstrip import ProgressStrip
from diptych.app.safetext import escape
from diptych.app.settings import Memory, TranslatorChoice, default_settings
from diptych.app.settings_dialog import SettingsDialog
from diptych.app.workers import Job, compare_work, load_work, step_name, user_message
from diptych.engine.model import Article, Comparison
from diptych.engine.options import Options
from diptych.resource_files import resource

COMPARE = "compare"
SIDE_NAMES = {ORIGINAL: "the original", DERIVATIVE: "the derivative"}


def load_stylesheet() -> str:
    node = resource("styles", "diptych.qss")
    return node.read_text(encoding="utf-8") if node.is_file() else ""


def app_icon() -> QIcon:
    node = resource("icons", "diptych.svg")
    return QIcon(str(node)) if node.is_file() else QIcon()


class MainWindow(QMainWindow):
    comparisonFinished = Signal()  # a comparison is shown (tests and the benchmark wait on it)
    sideLoaded = Signal(str)
    busyChanged = Signal(bool)
    failed = Signal(str, object)  # job key ("original", "derivative", "compare") and the exception

    def __init__(
        self,
        options: Options | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Diptych")
        self.setWindowIcon(app_icon())
        self.options = options or Options()
        self.memory = Memory(settings if settings is not None else default_settings())
        saved_choice = self.memory.translator_choice()
        if saved_choice is not None:
            self.options = _with_choice(self.options, saved_choice)
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(4)
        self.articles: dict[str, Article | None] = {ORIGINAL: None, DERIVATIVE: None}
        self.specs: dict[str, str | None] = {ORIGINAL: None, DERIVATIVE: None}  # what each article came from
        self.comparison: Comparison | None = None
        self.marks: dict[str, SideMarks] = {}
        self.moved: set[int] = set()
        self.current_link: int | None = None
        self.jobs: dict[str, Job] = {}
        self._progress: dict[str, tuple[str, float]] = {}
        self._active_side = ORIGINAL
        self._sync_suspended = False
        self.point_size = self.memory.point_size(theme.BASE_POINT_SIZE)
        self.show_boilerplate = self.memory.flag("show_boilerplate", True)
        self.compare_started: float | None = None
        self.last_compare_seconds: float | None = None
        self.ask_side = self._ask_side  # replaceable in tests: which side gets a drop when both are full

        self._build()
        self.setStyleSheet(load_stylesheet())
        self.setAcceptDrops(True)
        geometry = self.memory.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1360, 860)
        self.setMinimumSize(760, 520)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self.views[ORIGINAL].setFocus(Qt.FocusReason.OtherFocusReason)  # reading, not typing, comes first

    # --- building --------------------------------------------------------------------

    def _build(self) -> None:
        handlers = {
            "open_original": lambda: self.panes[ORIGINAL].open_file_dialog(),
            "open_derivative": lambda: self.panes[DERIVATIVE].open_file_dialog(),
            "open_url": self.focus_address,
            "export": self.export_report,
            "print": self.print_report,
            "quit": self.close,
            "paste": self.paste_article,
            "find": self.open_find,
            "find_next": lambda: self.find_bar.find() if self.find_bar.isVisible() else self.open_find(),
            "find_previous": lambda: self.find_bar.find(backward=True) if self.find_bar.isVisible() else self.open_find(),
            "swap": self.swap,
            "recompare": self.recompare,
            "cancel": self.cancel,
            "next_finding": lambda: self.findings.step(+1),
            "previous_finding": lambda: self.findings.step(-1),
            "lock_scrolling": self._on_lock_toggled,
            "show_boilerplate": self.set_show_boilerplate,
            "zoom_in": lambda: self.zoom(+1),
            "zoom_out": lambda: self.zoom(-1),
            "zoom_reset": lambda: self.zoom(0),
            "settings": self.open_settings,
            "about": self.about,
        }
        self.actions = build_actions(self, handlers)
        self.actions["show_boilerplate"].setChecked(self.show_boilerplate)
        self.actions["lock_scrolling"].setChecked(self.memory.flag("lock_scrolling", True))
        menus = build_menus(self.menuBar(), self.actions)
        self.recent_menu = menus[RECENT]
        self._fill_recent_menu()
        toolbar = QToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        build_toolbar(toolbar, self.actions)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        self.message_bar = MessageBar()
        self.progress = ProgressStrip()
        self.progress.cancelRequested.connect(self.cancel)
        self.find_bar = FindBar()

        self.panes = {side: ArticlePane(side) for side in SIDES}
        self.views = {side: pane.view for side, pane in self.panes.items()}
        self.link_map = LinkMap(self.views[ORIGINAL], self.views[DERIVATIVE])
        self.link_map.linkClicked.connect(lambda i: self.select_link(i, source=None))
        for side, pane in self.panes.items():
            pane.loadRequested.connect(lambda dropped, s=side: self.load(s, dropped))
            pane.dropFailed.connect(lambda text: self.message_bar.show_message(text, "error"))
            view = pane.view
            view.segmentClicked.connect(lambda seg, s=side: self.select_segment(s, seg))
            view.hovered.connect(lambda seg, char, pos, s=side: self._on_hover(s, seg, char, pos))
            view.showBoilerplateRequested.connect(lambda: self.actions["show_boilerplate"].setChecked(True))
            view.verticalScrollBar().valueChanged.connect(lambda _v, s=side: self._on_scrolled(s))
            pane.address.textChanged.connect(self._update_actions)

        row = QWidget()
        row.setObjectName("panesRow")
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setSpacing(0)
        row_layout.addWidget(self.panes[ORIGINAL], 1)
        row_layout.addWidget(self.link_map)
        row_layout.addWidget(self.panes[DERIVATIVE], 1)

        self.findings = FindingsPanel()
        self.findings.findingSelected.connect(self.select_finding)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("mainSplitter")
        split.addWidget(row)
        split.addWidget(self.findings)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([600, 240])
        split.setChildrenCollapsible(False)
        saved = self.memory.splitter("splitter")
        if saved is not None:
            split.restoreState(saved)
        self.splitter = split

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.find_bar)
        layout.addWidget(split, 1)
        self.setCentralWidget(central)

        self.status_text = QLabel("Ready.")
        self.status_text.setObjectName("statusText")
        self.statusBar().addWidget(self.status_text, 1)
        legend = QLabel(self._legend_html())
        legend.setObjectName("legend")
        legend.setTextFormat(Qt.TextFormat.RichText)
        self.statusBar().addPermanentWidget(legend)
        self.legend = legend
        self._update_actions()

    @staticmethod
    def _legend_html(word_diffs: bool = True) -> str:
        """The colours the panes and the link map use that the kind chips do not explain."""

        def box(colour: str) -> str:
            return f"<span style='background:{colour}; color:{colour}'>\u2588\u2588</span>"

        strong, weak = theme.link_colour(1.0).name(), theme.link_colour(0.0).name()
        words = (
            f"{box(theme.WORD_DELETED)} words changed in the original &nbsp; "
            f"{box(theme.WORD_INSERTED)} in the derivative &nbsp;&nbsp; "
            if word_diffs
            else ""
        )
        return (
            f"{words}links: {box(strong)} strong {box(weak)} weak "
            f"<span style='color:{theme.MOVED}'>\u2504\u2504</span> moved &nbsp;"
        )

    # --- loading -----------------------------------------------------------------------

    def load_pair(self, original: str | None, derivative: str | None) -> None:
        """Load both sides (as the command line asks); each side re-uses nothing."""
        for side, spec in ((ORIGINAL, original), (DERIVATIVE, derivative)):
            if spec:
                self.panes[side].set_address(spec)
                self.load(side, Dropped("url" if spec.startswith(("http://", "https://")) else "file", spec))

    def load_text(self, side: str, text: str) -> None:
        self.load(side, Dropped("text", text))

    def load(self, side: str, dropped: Dropped) -> None:
        """Start loading one side; the other side's Article stays and is compared against."""
        if dropped.kind != "text":
            self.panes[side].set_address(dropped.value)
        self.message_bar.dismiss()
        self._forget(side)
        self._forget(COMPARE)
        work = load_work(
            dropped.spec,
            self.options,
            text=dropped.value.encode("utf-8") if dropped.kind == "text" else None,
            language=self.options.source_lang if side == ORIGINAL else self.options.target_lang,
        )
        what = f"Loading {SIDE_NAMES[side]}"
        self._start(side, Job(what, work), lambda article: self._on_loaded(side, dropped, article))

    def _on_loaded(self, side: str, dropped: Dropped, article: Article) -> None:
        self.articles[side] = article
        self.specs[side] = dropped.spec
        self.panes[side].show_article(article)
        self.sideLoaded.emit(side)
        self._clear_comparison()
        if all(self.articles.values()):
            self.start_compare()

    def start_compare(self) -> None:
        original, derivative = self.articles[ORIGINAL], self.articles[DERIVATIVE]
        if original is None or derivative is None:
            return
        self._forget(COMPARE)
        self.compare_started = time.monotonic()
        self._start(COMPARE, Job("Comparing", compare_work(original, derivative, self.options)), self._on_compared)

    def _on_compared(self, comparison: Comparison) -> None:
        if self.compare_started is not None:
            self.last_compare_seconds = time.monotonic() - self.compare_started
        self.show_comparison(comparison)
        if self.specs[ORIGINAL] and self.specs[DERIVATIVE]:
            self.memory.remember_pair(self.specs[ORIGINAL], self.specs[DERIVATIVE])
            self._fill_recent_menu()
        if comparison.engine.warnings:
            self.message_bar.show_message(" ".join(comparison.engine.warnings), "warning")

    # --- jobs --------------------------------------------------------------------------

    def _start(self, key: str, job: Job, on_success) -> None:
        self.jobs[key] = job
        self._progress[key] = ("", -1.0)
        job.signals.progress.connect(lambda step, fraction: self._on_progress(key, job, step, fraction))
        job.signals.succeeded.connect(lambda result: self._finish(key, job, on_success, result))
        job.signals.failed.connect(lambda exc: self._on_failed(key, job, exc))
        job.signals.cancelled.connect(lambda: self._finish(key, job, None, None))
        self._show_progress()
        self._update_actions()
        self.busyChanged.emit(True)
        job.start_on(self.pool)

    def _current(self, key: str, job: Job) -> bool:
        return self.jobs.get(key) is job

    def _on_progress(self, key: str, job: Job, step: str, fraction: float) -> None:
        if self._current(key, job):
            self._progress[key] = (step, fraction)
            self._show_progress(key)

    def _finish(self, key: str, job: Job, on_success, result) -> None:
        if not self._current(key, job):
            return  # a job the user cancelled or replaced: its result is not wanted
        del self.jobs[key]
        self._progress.pop(key, None)
        self._job_ended()
        if on_success is not None:
            on_success(result)

    def _on_failed(self, key: str, job: Job, exc: BaseException) -> None:
        if not self._current(key, job):
            return
        del self.jobs[key]
        self._progress.pop(key, None)
        self._job_ended()
        retry = (lambda: self.recompare()) if key in (ORIGINAL, DERIVATIVE, COMPARE) else None
        self.message_bar.show_message(user_message(exc), "error", "Retry" if retry else None, retry)
        self.status_text.setText("Loading failed." if key != COMPARE else "Comparison failed.")
        self.failed.emit(key, exc)

    def _forget(self, key: str) -> None:
        job = self.jobs.pop(key, None)
        if job is not None:
            job.cancel()
            self._progress.pop(key, None)
            self._job_ended()

    def _job_ended(self) -> None:
        self._show_progress()
        self._update_actions()
        if not self.jobs:
            self.busyChanged.emit(False)

    def _show_progress(self, key: str | None = None) -> None:
        if not self.jobs:
            self.progress.done()
            return
        key = key if key in self.jobs else next(iter(self.jobs))
        step, fraction = self._progress.get(key, ("", -1.0))
        self.progress.report(self.jobs[key].name, step_name(step) if step else "", fraction if step else None)
        self.status_text.setText(self.jobs[key].name + "\u2026")

    def cancel(self) -> None:
        """Stop everything running; what is shown and typed stays as it is."""
        if not self.jobs:
            return
        for key in list(self.jobs):
            self._forget(key)
        self.status_text.setText("Cancelled; nothing was changed.")

    def is_busy(self) -> bool:
        return bool(self.jobs)

    def _update_actions(self) -> None:
        busy = bool(self.jobs)
        compared = self.comparison is not None
        self.actions["cancel"].setEnabled(busy)
        self.actions["export"].setEnabled(compared)
        self.actions["print"].setEnabled(compared)
        self.actions["next_finding"].setEnabled(compared)
        self.actions["previous_finding"].setEnabled(compared)
        self.actions["swap"].setEnabled(any(self.articles.values()) or any(p.address.text() for p in self.panes.values()))
        self.actions["recompare"].setEnabled(any(self.articles.values()) or any(p.address.text() for p in self.panes.values()))

    # --- showing -----------------------------------------------------------------------

    def _clear_comparison(self) -> None:
        self.comparison = None
        self.marks = {}
        self.moved = set()
        self.current_link = None
        self.link_map.set_comparison(None)
        self.findings.set_comparison(None)
        self._render()
        self._update_actions()

    def show_comparison(self, comparison: Comparison) -> None:
        """Show a finished comparison: highlights, link map, findings and status."""
        self.comparison = comparison
        self.articles = {ORIGINAL: comparison.original, DERIVATIVE: comparison.derivative}
        for side in SIDES:
            self.panes[side].show_article(self.articles[side])
        self.marks = compute_marks(comparison)
        self.moved = moved_links(comparison.links)
        self.legend.setText(self._legend_html(word_diffs=same_language(comparison)))
        self.current_link = None
        self._render()
        self.link_map.set_comparison(comparison)
        self.findings.set_comparison(comparison)
        self._update_actions()
        o, d = comparison.original, comparison.derivative
        took = f" in {self.last_compare_seconds:.1f} s" if self.last_compare_seconds else ""
        translator = f", translated with {comparison.engine.translator}" if comparison.engine.translator else ""
        self.setWindowTitle(f"{_short(o.source, 40)} \u2194 {_short(d.source, 40)} \u2014 Diptych")
        self.status_text.setText(
            f"Compared{took}: {o.language or '?'} \u2192 {d.language or '?'}{translator} \u00b7 "
            f"{len(comparison.links)} links ({len(self.moved)} moved) \u00b7 {len(comparison.findings)} findings"
        )
        self.comparisonFinished.emit()

    def _render(self) -> None:
        with self.sync_suspended():
            for side in SIDES:
                self.views[side].set_article(
                    self.articles[side],
                    self.marks.get(side),
                    show_boilerplate=self.show_boilerplate,
                    point_size=self.point_size,
                )

    def set_show_boilerplate(self, shown: bool) -> None:
        self.show_boilerplate = shown
        self.memory.save_flag("show_boilerplate", shown)
        self._render()

    def zoom(self, step: int) -> None:
        if step == 0:
            self.point_size = theme.BASE_POINT_SIZE
        else:
            self.point_size = max(theme.MIN_POINT_SIZE, min(theme.MAX_POINT_SIZE, self.point_size + step))
        self.memory.save_point_size(self.point_size)
        self._render()

    # --- selection ---------------------------------------------------------------------

    def select_link(self, index: int, source: str | None) -> None:
        """Select link ``index`` in both panes; ``source`` is the side clicked (None: the link map)."""
        if self.comparison is None:
            return
        link = self.comparison.links[index]
        self.current_link = index
        ids = {ORIGINAL: link.original, DERIVATIVE: link.derivative}
        with self.sync_suspended():
            for side in SIDES:
                self.views[side].set_selection(ids[side])
            if source is None:
                for side in SIDES:
                    self.views[side].scroll_to(ids[side], 0.2)
            else:
                self._align_other(source, ids[source], ids[other(source)])
        self.link_map.set_current(index)
        self.findings.tree.setCurrentItem(None)
        self.findings.show_link(index, index in self.moved)

    def _align_other(self, source: str, source_ids, target_ids) -> None:
        """Scroll the other pane so the counterpart sits level with the clicked paragraph."""
        src, dst = self.views[source], self.views[other(source)]
        a, b = src.extent(source_ids), dst.extent(target_ids)
        if a is None or b is None:
            return
        dst.verticalScrollBar().setValue(int(b[0] - (a[0] - src.offset())))

    def select_segment(self, side: str, seg_id: int) -> None:
        """A click on a paragraph: select its link, or the paragraph alone if it has none."""
        if self.comparison is None:
            return
        link = self._link_of(side, seg_id)
        if link is not None:
            self.select_link(self.comparison.links.index(link), source=side)
            return
        self.current_link = None
        self.link_map.set_current(None)
        self.views[side].set_selection([seg_id])
        self.views[other(side)].set_selection([])
        self.findings.tree.setCurrentItem(None)
        self.findings.show_unlinked(side, seg_id)

    def select_finding(self, index: int) -> None:
        """Scroll both panes to a finding, mark its exact spans, and set them level with each other."""
        if self.comparison is None:
            return
        finding = self.comparison.findings[index]
        ids = {side: finding_ids(finding, side) for side in SIDES}
        spans = {}
        for side in SIDES:
            article = self.articles[side]
            found = [] if is_whole_segment(article, finding, side) else finding_spans(article, finding, side)
            spans[side] = found[0] if found else None
        link_index = None
        for side in SIDES:  # the link the finding sits in, for the link map and a one-sided finding
            if ids[side]:
                link = self._link_of(side, ids[side][0])
                if link is not None:
                    link_index = self.comparison.links.index(link)
                    if not ids[other(side)]:
                        ids[other(side)] = link.derivative if side == ORIGINAL else link.original
                    break
        lead = ORIGINAL if ids[ORIGINAL] else DERIVATIVE
        with self.sync_suspended():
            for side in SIDES:
                self.views[side].set_selection(ids[side], spans[side])
            self._reveal(lead, ids[lead], spans[lead])
            if ids[other(lead)]:
                self._level(lead, ids, spans)
        self.current_link = link_index
        self.link_map.set_current(link_index)

    def _link_of(self, side: str, seg_id: int):
        find = self.comparison.link_of_original if side == ORIGINAL else self.comparison.link_of_derivative
        return find(seg_id)

    def _anchor_y(self, side: str, ids, span) -> float | None:
        """Document y a selection is aligned on: its span's line, else its first paragraph's top."""
        view = self.views[side]
        if span is not None:
            y = view.position_y(span[0], span[1])
            if y is not None:
                return y
        ext = view.extent(ids)
        return None if ext is None else ext[0]

    def _reveal(self, side: str, ids, span) -> None:
        """Scroll one pane so the selection shows, a quarter down the viewport, if it does not already."""
        view = self.views[side]
        y = self._anchor_y(side, ids, span)
        if y is None:
            return
        value, height = view.offset(), view.viewport().height()
        if not value + 0.1 * height <= y <= value + 0.8 * height:
            view.verticalScrollBar().setValue(int(y - 0.25 * height))

    def _level(self, lead: str, ids, spans) -> None:
        """Scroll the other pane so its part of the selection is level with the lead pane's."""
        follower = other(lead)
        a = self._anchor_y(lead, ids[lead], spans[lead])
        b = self._anchor_y(follower, ids[follower], spans[follower])
        if a is None or b is None:
            return
        self.views[follower].verticalScrollBar().setValue(int(b - (a - self.views[lead].offset())))

    def present_for_screenshot(self) -> None:
        """Select the first finding (a span-level one if any) so a picture shows the detail view."""
        if self.comparison is None or not self.comparison.findings:
            return
        order = self.findings.visible_indices()
        spans = [i for i in order if self.comparison.findings[i].kind not in ("added", "omitted")]
        self.findings.select((spans or order)[0])

    # --- synchronised scrolling --------------------------------------------------------

    @contextlib.contextmanager
    def sync_suspended(self):
        """Programmatic scrolling of both panes must not bounce through the sync."""
        self._sync_suspended = True
        try:
            yield
        finally:
            self._sync_suspended = False
            self.link_map.update()

    def scroll_locked(self) -> bool:
        return self.actions["lock_scrolling"].isChecked()

    def _on_lock_toggled(self, locked: bool) -> None:
        self.memory.save_flag("lock_scrolling", locked)
        if locked:
            self._on_scrolled(self._active_side)

    @drop_reentrant
    def _on_scrolled(self, side: str) -> None:
        """Keep the other pane aligned on links (not pixels) with the one that scrolled."""
        self.link_map.update()
        if self._sync_suspended or not self.scroll_locked() or self.comparison is None:
            return
        src, dst = self.views[side], self.views[other(side)]
        pairs = []
        for index, link in enumerate(self.comparison.links):
            if index in self.moved:
                continue
            a = src.extent(link.original if side == ORIGINAL else link.derivative)
            b = dst.extent(link.derivative if side == ORIGINAL else link.original)
            if a is not None and b is not None:
                pairs.append((a[0], a[1], b[0], b[1]))
        points = anchors(pairs, src.document_height(), dst.document_height())
        bar = src.verticalScrollBar()
        y, fraction = sync_point(bar.value(), bar.maximum(), src.viewport().height())
        target = map_position(y, points) - fraction * dst.viewport().height()
        dst.verticalScrollBar().setValue(int(round(target)))

    # --- hover: counterpart text and finding explanations -------------------------------

    def _on_hover(self, side: str, seg_id: int, char: int, pos: QPoint) -> None:
        if self.comparison is None or seg_id < 0:
            QToolTip.hideText()
            return
        for mark in self.marks.get(side, SideMarks()).spans.get(seg_id, []):
            if mark.finding is not None and mark.start <= char < mark.end:
                f = self.comparison.findings[mark.finding]
                QToolTip.showText(pos, f"<p><b>{escape(theme.label(f.kind))}</b>: {escape(f.explanation)}</p>", self)
                return
        kind = self.marks.get(side, SideMarks()).blocks.get(seg_id)
        if kind is not None:
            explanation = next(
                (f.explanation for f in self.comparison.findings if f.kind == kind and seg_id in finding_ids(f, side)),
                theme.KINDS[kind].meaning,
            )
            QToolTip.showText(pos, f"<p><b>{escape(theme.label(kind))}</b>: {escape(explanation)}</p>", self)
            return
        if self.comparison.original.language == self.comparison.derivative.language:
            QToolTip.hideText()
            return
        link = self._link_of(side, seg_id)
        if link is None:
            QToolTip.hideText()
            return
        article = self.articles[other(side)]
        ids = link.derivative if side == ORIGINAL else link.original
        text = " ".join(article.segments[i].text for i in ids)
        if len(text) > 700:
            text = text[:699] + "\u2026"
        head = f"{'Derivative' if side == ORIGINAL else 'Original'} [{article.language}]"
        QToolTip.showText(pos, f"<p><i>{escape(head)}</i></p><p>{escape(text)}</p>", self)

    # --- actions -----------------------------------------------------------------------

    def _on_focus_changed(self, _old, new) -> None:
        while new is not None:
            for side, pane in self.panes.items():
                if new is pane:
                    self._active_side = side
                    return
            new = new.parentWidget()

    def active_side(self) -> str:
        return self._active_side

    def focus_address(self) -> None:
        """Ctrl+L: the address of the side being read (the first empty side if none is)."""
        side = self._active_side
        if self.articles[side] is not None and self.articles[other(side)] is None:
            side = other(side)
        self.panes[side].focus_address()

    def paste_article(self) -> None:
        """Ctrl+Shift+V: the clipboard's link, file or text becomes the side being read."""
        side = self._active_side
        deliver_drop(
            QApplication.clipboard().mimeData(),
            lambda dropped: self.load(side, dropped),
            lambda text: self.message_bar.show_message(text.replace("The drop", "The clipboard"), "error"),
        )

    def open_find(self) -> None:
        self.find_bar.open_on(self.views[self._active_side])

    def swap(self) -> None:
        """Exchange the sides (articles, addresses) and compare again."""
        addresses = {side: self.panes[side].address.text() for side in SIDES}
        pending = {side: self.jobs.get(side) is not None for side in SIDES}
        self.cancel()
        self.articles = {ORIGINAL: self.articles[DERIVATIVE], DERIVATIVE: self.articles[ORIGINAL]}
        self.specs = {ORIGINAL: self.specs[DERIVATIVE], DERIVATIVE: self.specs[ORIGINAL]}
        for side in SIDES:
            self.panes[side].set_address(addresses[other(side)])
            self.panes[side].show_article(self.articles[side])
        self._clear_comparison()
        for side in SIDES:
            dropped = address_to_dropped(addresses[other(side)]) if pending[other(side)] else None
            if dropped is not None:
                self.load(side, dropped)
        if all(self.articles.values()) and not self.jobs:
            self.start_compare()

    def recompare(self) -> None:
        """F5: load any side whose address changed, then compare again."""
        self.message_bar.dismiss()
        reloading = False
        for side in SIDES:
            typed = self.panes[side].address.text().strip()
            if typed and (typed != (self.specs[side] or "") or self.articles[side] is None):
                dropped = address_to_dropped(typed)
                if dropped is not None:
                    self.load(side, dropped)
                    reloading = True
        if not reloading and all(self.articles.values()):
            self.start_compare()

    def export_report(self) -> None:
        if self.comparison is None:
            self.message_bar.show_message("Compare two articles first; then the report can be exported.", "info")
            return
        try:
            from diptych.report import export
            from diptych.report.apart import export_apart
        except ImportError:
            self.message_bar.show_message("Report export is not available yet in this version of Diptych.", "info")
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export report", "diptych-report.pdf", "PDF report (*.pdf);;HTML report (*.html)"
        )
        if not path:
            return
        fmt = "html" if path.lower().endswith((".html", ".htm")) or chosen.startswith("HTML") else "pdf"
        comparison = self.comparison

        def work(progress, cancel):
            progress("export", 0.0)
            if fmt == "pdf":  # Qt's text engine, in a process of its own (see report.apart)
                export_apart(comparison, path, fmt, cancelled=cancel)
            else:
                export(comparison, path, fmt)
            return path

        self._start("export", Job("export", work), self._exported)

    def _exported(self, path: str) -> None:
        """Say where the report went and offer to open it."""
        self.status_text.setText(f"Report saved to {path}.")
        self.message_bar.show_message(
            f"The report was saved to {path}.", "info", action="Open", on_action=lambda: self._open_file(path)
        )

    @staticmethod
    def _open_file(path: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def print_report(self) -> None:
        """Ctrl+P: the report of the comparison, on a printer the user picks."""
        if self.comparison is None:
            self.message_bar.show_message("Compare two articles first; then the report can be printed.", "info")
            return
        try:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            from diptych.report import build_report, print_document
        except ImportError:
            self.message_bar.show_message("Printing is not available in this installation of Diptych.", "info")
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            print_document(build_report(self.comparison), printer)
        except Exception as exc:  # one sentence in the bar, whatever the printer said
            self.message_bar.show_message(user_message(exc), "error")
        finally:
            QApplication.restoreOverrideCursor()

    def open_settings(self) -> None:
        """Ctrl+,: the translator (and its key) the next comparisons use."""
        dialog = SettingsDialog(self.translator_choice(), self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_translator_choice(dialog.choice())

    def translator_choice(self) -> TranslatorChoice:
        return TranslatorChoice(self.options.translator, self.options.translator_url, self.options.offline)

    def apply_translator_choice(self, choice: TranslatorChoice) -> None:
        """Remember the choice, use it from the next job on, and offer to compare again with it."""
        changed = choice != self.translator_choice()
        self.memory.save_translator_choice(choice)
        self.options = _with_choice(self.options, choice)  # a new object: running jobs keep theirs
        if changed and all(self.articles.values()):
            self.message_bar.show_message(
                "The new translation settings apply to the next comparison.",
                "info",
                action="Compare Again",
                on_action=self.start_compare,
            )

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About Diptych",
            f"<h3>Diptych {escape(__version__)}</h3>"
            "<p>Puts a news article beside the source it claims to report and shows what changed: "
            "added framing, omissions, changed quotes, numbers and names.</p>"
            "<p>Licensed under the GNU GPL, version 3 or later.</p>",
        )

    # --- recent pairs ------------------------------------------------------------------

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        pairs = self.memory.recent_pairs()
        for original, derivative in pairs:
            action = menu.addAction(f"{_short(original)}  \u2194  {_short(derivative)}")
            action.setToolTip(f"<p>{escape(original)}<br>{escape(derivative)}</p>")
            action.triggered.connect(lambda _c=False, a=original, b=derivative: self.load_pair(a, b))
        if pairs:
            menu.addSeparator()
            menu.addAction("Clear List", self._clear_recent)
        else:
            menu.addAction("No recent pairs").setEnabled(False)

    def _clear_recent(self) -> None:
        self.memory.clear_recent()
        self._fill_recent_menu()

    # --- drops outside the panes -------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        deliver_drop(event.mimeData(), self._drop_somewhere, lambda text: self.message_bar.show_message(text, "error"))
        event.acceptProposedAction()

    def _drop_somewhere(self, dropped: Dropped) -> None:
        """A drop outside the panes fills the empty side, or asks which side."""
        empty = [s for s in SIDES if self.articles[s] is None and s not in self.jobs]
        side = empty[0] if empty else self.ask_side(dropped)
        if side in SIDES:
            self.load(side, dropped)

    def _ask_side(self, dropped: Dropped) -> str | None:
        box = QMessageBox(self)
        box.setWindowTitle("Load the drop as\u2026")
        box.setText("Both sides are loaded. Which side should the dropped article replace?")
        left = box.addButton("Original (left)", QMessageBox.ButtonRole.AcceptRole)
        right = box.addButton("Derivative (right)", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return ORIGINAL if clicked is left else DERIVATIVE if clicked is right else None

    # --- closing -----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.memory.save_geometry(self.saveGeometry())
        self.memory.save_splitter("splitter", self.splitter.saveState())
        self.memory.sync()
        for key in list(self.jobs):
            self._forget(key)
        super().closeEvent(event)


def _with_choice(options: Options, choice: TranslatorChoice) -> Options:
    return dataclasses.replace(
        options, translator=choice.backend, translator_url=choice.url, offline=choice.offline
    )


def _short(spec: str, limit: int = 48) -> str:
    name = spec.rstrip("/").rsplit("/", 1)[-1] or spec
    if spec.startswith(("http://", "https://")):
        host = spec.split("/", 3)[2]
        name = f"{host}/\u2026/{name}" if name != host else host
    return name if len(name) <= limit else name[: limit - 1] + "\u2026"

