"""Where the Chinese frames of contact_names.py and request_names.py may start, found in one
classification pass over the text (router/chartable.py): ``str.find`` of a character that does
not occur costs some 4 µs on 4,000 Chinese characters, and the frames start with some twenty.
The pass is cached for the last few texts: both modules ask about the same text."""

from __future__ import annotations

from functools import lru_cache

from duet.router.chartable import CharTable

_TABLE = CharTable()
C_TO = _TABLE.add("给給")  # 给王芳打电话, 分享給…, 傳給…
C_HOLD = _TABLE.add("把将將")  # 把洪欣怡加到联系人
C_SELF = _TABLE.add_words(("本人", "我叫", "我是"))
C_SIGN = _TABLE.add_words(("敬上", "谨上", "謹上"))
C_VERB = _TABLE.add_words(("打给", "打給", "联系", "聯繫", "联络", "聯絡", "致电", "致電"))


@lru_cache(maxsize=4)
def frame_starts(text: str) -> tuple[tuple[int, int], ...]:
    """(offset, class bits) where a frame may start, in order; () for an ASCII text."""
    if text.isascii():
        return ()
    offsets, classes = _TABLE.scan(text)
    return tuple(zip(offsets, classes))
