"""Retries with backoff for rate limits and server errors, bounded for the whole run.

A translation is an optional extra: waiting a minute for a busy service would hold
up the comparison for little gain, so the total wait per run is capped and a
``Retry-After`` beyond that cap means "give up now" rather than "sleep".
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, TypeVar

from diptych.engine.errors import Cancelled
from diptych.engine.translators.base import ServiceFailure

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4
    """Tries per request, the first included."""
    first_delay: float = 0.25
    factor: float = 2.0
    max_total_wait: float = 3.0
    """Seconds of waiting allowed in one run, all requests together."""


class RetryBudget:
    """The waiting time one run has left."""

    def __init__(self, policy: RetryPolicy, cancel: Callable[[], bool] | None = None) -> None:
        self.policy = policy
        self.remaining = policy.max_total_wait
        self._cancel = cancel

    def call(self, request: Callable[[], T]) -> T:
        """``request()``, retried on retryable ``ServiceFailure`` while attempts and budget last."""
        delay = self.policy.first_delay
        for attempt in range(1, self.policy.attempts + 1):
            try:
                return request()
            except ServiceFailure as failure:
                wait = failure.retry_after if failure.retry_after is not None else delay
                if not failure.retryable or attempt == self.policy.attempts or wait > self.remaining:
                    raise
            self._sleep(wait)
            delay *= self.policy.factor
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _sleep(self, seconds: float) -> None:
        self.remaining -= seconds
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            if self._cancel is not None and self._cancel():
                raise Cancelled("The comparison was cancelled.")
            time.sleep(min(left, 0.05))
