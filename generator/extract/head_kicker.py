"""A Chinese paper's kicker (引题): a short line of Han characters above the headline, the context the headline is
read in ("X年来首访Y" above "X与Y签署条约"), not the headline itself. A paper prints it above the headline, and the
headline straight above the lead; a subtitle (副题) stands below the headline. Read by generator/extract/headline.py.
"""

from __future__ import annotations

import re

KICKER_MAX_CHARS = 12  # a kicker is a few words: a longer line above the headline is a ticker's or another story's
HEADLINE_MAX_CHARS = 40
LEAD_MIN_CHARS = 40  # the paragraph under the headline is the lead's, not a third line of the head

_HAN = re.compile("[\u4e00-\u9fff]")
_OTHER_SCRIPT = re.compile("[\u3040-\u30ff\uac00-\ud7af]")  # kana or Hangul: a Japanese or Korean line
_SENTENCE_END = re.compile(r"[。！？.!?]\s*$")
# a line under the title that is no headline: a dateline ("新华社平壤6月19日电"), a byline ("记者 张三", "本报驻莫斯科记者 王五"),
# a source's or an editor's label ("来源：…"), a bracketed note
_CREDIT = re.compile(r"[（()）【】:：]|记者|記者|通讯员|通訊員|编辑|編輯|来源|來源|[0-9]+日电|[0-9]+日電")


def _chinese(line: str) -> bool:
    """A line mostly of Han characters, no kana or Hangul in it, with no sentence's end."""
    letters = [c for c in line if c.isalnum()]
    return (bool(letters) and len(_HAN.findall(line)) * 3 >= len(letters) * 2 and _OTHER_SCRIPT.search(line) is None
            and _SENTENCE_END.search(line) is None)


def han_kicker(line: str, after: list[str]) -> bool:
    """Whether `line`, with `after` the lines below it, is a kicker: a short Chinese line, then a longer Chinese
    headline (not a subtitle opened by a dash), then the lead's paragraph."""
    if len(after) < 2 or len(line) > KICKER_MAX_CHARS or not _chinese(line):
        return False
    headline, lead = after[0].strip(), after[1].strip()
    return (_chinese(headline) and _CREDIT.search(headline) is None and len(line) < len(headline) <= HEADLINE_MAX_CHARS and not headline.startswith(("—", "-"))
            and len(lead) >= LEAD_MIN_CHARS)
