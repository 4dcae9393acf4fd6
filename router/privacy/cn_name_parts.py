"""Chinese names of other peoples, in their own shapes: transliterated names joined by a middle
dot, and Tibetan and Mongolian names, which hold no surname."""

from __future__ import annotations

import re

from duet.router.privacy.name_lists import CN_TIBETAN_NAME_PARTS

# A transliterated name, its parts joined by a middle dot: Uyghur, Kazakh and foreign names
# ("努尔江·玉素甫", "阿依古丽·艾买提").
DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}·(?:(?![的是在和与说要把被给了吗呢吧已将于从对向跟同及])[\u4e00-\u9fff]){1,8}")


def tibetan_name(run: str) -> bool:
    """Whether ``run`` is one or two Tibetan or Mongolian name parts ("央金", "次仁卓玛", "乌兰其其格")."""
    return run in CN_TIBETAN_NAME_PARTS or any(run[:k] in CN_TIBETAN_NAME_PARTS and run[k:] in CN_TIBETAN_NAME_PARTS
                                               for k in range(2, len(run) - 1))
