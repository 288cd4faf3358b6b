// SPDX-License-Identifier: GPL-3.0-or-later
// The one sanitiser for text that comes from an input, before anyone sees it.

#include "inputtext.h"

#include <QList>

namespace vitrine {

namespace {

enum class Kind { Keep, Space, Drop };

Kind kindOf(char32_t c)
{
    // NEL and the C0 separators are line breaks in someone's reading; the rest of Cc is noise.
    if (c == U'\t' || c == U'\n' || c == U'\v' || c == U'\f' || c == U'\r' || c == 0x85)
        return Kind::Space;
    switch (QChar::category(c)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return Kind::Space;
    // Format characters hold the bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E/F,
    // U+061C) and the zero-width ones (U+200B–U+200D, U+2060, U+FEFF).
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return Kind::Drop;
    default:
        return Kind::Keep;
    }
}

} // namespace

QString cleanInputText(QStringView text, qsizetype maxChars)
{
    const QList<uint> codePoints = text.toUcs4();
    QList<uint> kept;
    kept.reserve(codePoints.size());
    bool pendingSpace = false;
    for (const uint u : codePoints) {
        const auto c = static_cast<char32_t>(u);
        switch (kindOf(c)) {
        case Kind::Space:
            pendingSpace = !kept.isEmpty();
            break;
        case Kind::Drop:
            break;
        case Kind::Keep:
            if (pendingSpace)
                kept.append(U' ');
            pendingSpace = false;
            kept.append(u);
            break;
        }
    }
    if (maxChars > 0 && kept.size() > maxChars) {
        kept.resize(maxChars - 1);
        while (!kept.isEmpty() && kept.constLast() == U' ')
            kept.removeLast();
        kept.append(0x2026); // …
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(kept.constData()), kept.size());
}

std::string cleanInputText(std::string_view utf8, qsizetype maxChars)
{
    if (!inputTextNeedsCleaning(utf8, maxChars))
        return std::string(utf8);
    return cleanInputText(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())),
                          maxChars)
        .toStdString();
}

bool inputTextNeedsCleaning(std::string_view utf8, qsizetype maxChars)
{
    if (utf8.empty())
        return false;
    if (maxChars > 0 && utf8.size() > static_cast<std::size_t>(maxChars))
        return true;
    if (utf8.front() == ' ' || utf8.back() == ' ')
        return true;
    for (const char ch : utf8) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x20 || b >= 0x7F)
            return true;
    }
    return false;
}

QString displayFileName(const QString &name)
{
    QString out;
    const QList<uint> codePoints = name.toUcs4();
    for (const uint u : codePoints) {
        const auto c = static_cast<char32_t>(u);
        if (c != U' ' && kindOf(c) != Kind::Keep)
            out += u'?';
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace vitrine
