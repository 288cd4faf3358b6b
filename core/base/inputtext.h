// SPDX-License-Identifier: GPL-3.0-or-later
// The one sanitiser for text that comes from an input (a log's make, model, exporter and
// purposes, file names) before it reaches a screen, a terminal, a JSON report or a signed sheet.

#pragma once

#include <QString>

#include <cstddef>
#include <string>
#include <string_view>

namespace vitrine {

/** The longest text kept from an input field, in characters; longer ones end in "…". */
inline constexpr qsizetype kMaxInputTextChars = 120;

/**
 * What an input's text may show: line breaks, tabs and other separators become one space;
 * control characters, bidi controls (overrides, embeddings, isolates, marks), zero-width and
 * other invisible format characters, unpaired surrogates, private-use and unassigned code
 * points are removed; the ends are trimmed; a text over maxChars is cut and ends in "…", so
 * the cut shows. A right-to-left override can then not reverse a line of the signed sheet, nor
 * a line break forge one, nor an escape sequence rewrite the terminal.
 */
QString cleanInputText(QStringView text, qsizetype maxChars = kMaxInputTextChars);

/** The same for UTF-8 text, as the readers hold it. */
std::string cleanInputText(std::string_view utf8, qsizetype maxChars = kMaxInputTextChars);

/**
 * Whether cleanInputText could change utf8: false only for printable ASCII, no space at either
 * end, within maxChars. The readers' fast path: most texts are left as they are without a copy.
 */
bool inputTextNeedsCleaning(std::string_view utf8, qsizetype maxChars = kMaxInputTextChars);

/**
 * A file name for a message: cleaned as above, except that every character removed or
 * replaced shows as "?", as `ls` shows it, so that two names stay told apart and no name can
 * break a message's line.
 */
QString displayFileName(const QString &name);

} // namespace vitrine
