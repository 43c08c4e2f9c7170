// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace twinatlas {

namespace {

/** tr() for the free functions here, in the context lupdate gives them as well. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::TextDecoder)
};

QString tr(const char *text)
{
    return Text::tr(text);
}

// Windows-1252's characters for 0x80..0x9F; 0 where the code page defines none.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/** Counts lines and columns while the bytes or units of a file are walked. */
struct Position
{
    qint64 line = 1;
    qint64 column = 0; ///< characters of the current line so far

    void advance(char32_t c)
    {
        if (c == U'\n') {
            ++line;
            column = 0;
        } else {
            ++column;
        }
    }
};

struct Scan
{
    InputFault fault;
    bool invalidSequence = false; ///< the fault is a byte that is not UTF-8
    qsizetype faultIndex = -1;    ///< the byte of an invalid sequence
    qint64 validMultibyte = 0;
};

InputFault faultAt(const QString &file, const Position &pos, const QString &message)
{
    return InputFault{file, pos.line, pos.column + 1, message};
}

InputFault lineTooLong(const QString &file, const Position &pos, qint64 maxLineChars)
{
    return InputFault{file, pos.line, maxLineChars + 1,
                      Text::tr("the line is longer than %1 characters; this is not a list of places")
                              .arg(maxLineChars)};
}

QString nulMessage()
{
    return Text::tr("NUL byte: this is a binary file, or UTF-16 without a byte order mark");
}

/**
 * The length of the valid UTF-8 sequence of two to four bytes at i, with its code point in c;
 * 0 if the bytes there are not one (overlong forms, surrogates and code points past U+10FFFF
 * are not UTF-8).
 */
int multibyteLength(const unsigned char *p, qsizetype i, qsizetype n, char32_t *c)
{
    const unsigned char b = p[i];
    int length = 0;
    if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        *c = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        *c = b & 0x0F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        *c = b & 0x07;
    }
    if (length == 0 || i + length > n)
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((p[i + k] & 0xC0) != 0x80)
            return 0;
        *c = (*c << 6) | (p[i + k] & 0x3F);
    }
    if ((length == 3 && *c < 0x800) || (length == 4 && (*c < 0x10000 || *c > 0x10FFFF))
        || (*c >= 0xD800 && *c <= 0xDFFF))
        return 0;
    return length;
}

/**
 * Walks UTF-8 bytes from offset: the first fault (invalid sequence, NUL, long line) and how
 * many valid multi-byte sequences came before it.
 */
Scan scanUtf8(const QByteArray &bytes, qsizetype offset, const QString &file, qint64 maxLineChars)
{
    Scan scan;
    Position pos;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = offset; i < n;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            if (b == 0) {
                scan.fault = faultAt(file, pos, nulMessage());
                return scan;
            }
            pos.advance(b);
            ++i;
        } else {
            char32_t c = 0;
            const int length = multibyteLength(p, i, n, &c);
            if (length == 0) {
                const bool truncated = (b >= 0xC2 && b <= 0xF4) && n - i < (b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2);
                scan.invalidSequence = true;
                scan.faultIndex = i;
                scan.fault = faultAt(file, pos,
                                     truncated ? Text::tr("the file ends inside a UTF-8 character: it "
                                                          "is truncated")
                                               : Text::tr("invalid UTF-8 (byte 0x%1)")
                                                         .arg(b, 2, 16, QLatin1Char('0')));
                return scan;
            }
            ++scan.validMultibyte;
            pos.advance(c);
            i += length;
        }
        if (pos.column > maxLineChars) {
            scan.fault = lineTooLong(file, pos, maxLineChars);
            return scan;
        }
    }
    return scan;
}

/**
 * Where the first valid multi-byte UTF-8 character after byte from is, counting lines and
 * columns from offset (a byte that is not UTF-8 counts as one column); nullopt if there is
 * none. A legacy file has none: "Ã¼" written in Windows-1252 is rare in a list of places.
 */
std::optional<Position> firstUtf8Character(const QByteArray &bytes, qsizetype offset, qsizetype from)
{
    Position pos;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = offset; i < n;) {
        char32_t c = 0;
        const int length = p[i] < 0x80 ? 0 : multibyteLength(p, i, n, &c);
        if (length > 0 && i > from)
            return pos;
        pos.advance(length > 0 ? c : char32_t(p[i]));
        i += std::max(length, 1);
    }
    return std::nullopt;
}

TextDecoder::Result decodeWindows1252(const QByteArray &bytes, const QString &file,
                                      qint64 maxLineChars)
{
    TextDecoder::Result result;
    result.encoding = TextDecoder::Encoding::Windows1252;
    Position pos;
    QString text;
    text.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        char16_t c = b;
        if (b == 0) {
            result.fault = faultAt(file, pos, nulMessage());
            return result;
        }
        if (b >= 0x80 && b <= 0x9F) {
            c = cp1252High[b - 0x80];
            if (c == 0) {
                result.fault = faultAt(file, pos,
                                       tr("byte 0x%1 is neither UTF-8 nor a Windows-1252 character")
                                               .arg(b, 2, 16, QLatin1Char('0')));
                return result;
            }
        }
        text.append(QChar(c));
        pos.advance(c);
        if (pos.column > maxLineChars) {
            result.fault = lineTooLong(file, pos, maxLineChars);
            return result;
        }
    }
    result.text = text;
    return result;
}

TextDecoder::Result decodeUtf16(const QByteArray &bytes, qsizetype offset, bool littleEndian,
                                const QString &file, qint64 maxLineChars)
{
    TextDecoder::Result result;
    result.encoding = littleEndian ? TextDecoder::Encoding::Utf16LE : TextDecoder::Encoding::Utf16BE;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    Position pos;
    QString text;
    text.reserve((n - offset) / 2);
    auto unit = [&](qsizetype i) -> char16_t {
        return littleEndian ? char16_t(p[i] | (p[i + 1] << 8)) : char16_t((p[i] << 8) | p[i + 1]);
    };
    for (qsizetype i = offset; i < n;) {
        if (i + 1 >= n) {
            result.fault = faultAt(file, pos, tr("the file ends inside a UTF-16 character: it is truncated"));
            return result;
        }
        const char16_t u = unit(i);
        char32_t c = u;
        if (u == 0) {
            result.fault = faultAt(file, pos, tr("NUL character: this is a binary file"));
            return result;
        }
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 3 >= n || unit(i + 2) < 0xDC00 || unit(i + 2) > 0xDFFF) {
                result.fault = faultAt(file, pos, tr("invalid UTF-16 (an unpaired surrogate)"));
                return result;
            }
            const char16_t low = unit(i + 2);
            c = 0x10000 + ((char32_t(u) - 0xD800) << 10) + (low - 0xDC00);
            text.append(QChar(u));
            text.append(QChar(low));
            i += 4;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            result.fault = faultAt(file, pos, tr("invalid UTF-16 (an unpaired surrogate)"));
            return result;
        } else {
            text.append(QChar(u));
            i += 2;
        }
        pos.advance(c);
        if (pos.column > maxLineChars) {
            result.fault = lineTooLong(file, pos, maxLineChars);
            return result;
        }
    }
    result.text = text;
    return result;
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, Encoding encoding,
                                        const QString &fileName, qint64 maxLineChars,
                                        qint64 maxBytes)
{
    Result result;
    if (bytes.size() > maxBytes) {
        result.fault = InputFault{fileName, 0, 0,
                                  tr("the file is larger than %1 MB; split it").arg(maxBytes >> 20)};
        return result;
    }
    const bool utf8Bom = bytes.startsWith("\xEF\xBB\xBF");
    const bool le = bytes.startsWith("\xFF\xFE");
    const bool be = bytes.startsWith("\xFE\xFF");
    if (encoding == Encoding::Auto)
        encoding = utf8Bom ? Encoding::Utf8 : le ? Encoding::Utf16LE : be ? Encoding::Utf16BE
                                                                        : Encoding::Auto;
    if (encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE) {
        const bool little = encoding == Encoding::Utf16LE;
        result = decodeUtf16(bytes, (little && le) || (!little && be) ? 2 : 0, little, fileName,
                             maxLineChars);
        result.byteOrderMark = le || be;
        return result;
    }
    if (encoding == Encoding::Windows1252)
        return decodeWindows1252(bytes, fileName, maxLineChars);

    const qsizetype offset = utf8Bom ? 3 : 0;
    const Scan scan = scanUtf8(bytes, offset, fileName, maxLineChars);
    if (!scan.fault.isNull()) {
        // Not one valid multi-byte sequence before the first bad byte, and no mark saying
        // UTF-8: a legacy single-byte file. Anything else is broken UTF-8, reported as such.
        if (encoding == Encoding::Auto && scan.invalidSequence && scan.validMultibyte == 0) {
            // Valid UTF-8 further on: either reading would garble half the file.
            if (const auto utf8 = firstUtf8Character(bytes, offset, scan.faultIndex)) {
                result.fault = scan.fault;
                result.fault.message =
                        tr("byte 0x%1 is not UTF-8, but the file is UTF-8 at line %2, column %3: it "
                           "mixes two encodings; save it in one (UTF-8), or choose its encoding")
                                .arg(static_cast<unsigned char>(bytes.at(scan.faultIndex)), 2, 16, QLatin1Char('0'))
                                .arg(utf8->line)
                                .arg(utf8->column + 1);
                result.encoding = Encoding::Utf8;
                return result;
            }
            return decodeWindows1252(bytes, fileName, maxLineChars);
        }
        result.fault = scan.fault;
        result.encoding = Encoding::Utf8;
        return result;
    }
    result.encoding = Encoding::Utf8;
    result.byteOrderMark = utf8Bom;
    result.text = QString::fromUtf8(bytes.constData() + offset, bytes.size() - offset);
    return result;
}

QString TextDecoder::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto: return QStringLiteral("auto");
    case Encoding::Utf8: return QStringLiteral("utf-8");
    case Encoding::Utf16LE: return QStringLiteral("utf-16le");
    case Encoding::Utf16BE: return QStringLiteral("utf-16be");
    case Encoding::Windows1252: return QStringLiteral("windows-1252");
    }
    return {};
}

TextDecoder::Encoding TextDecoder::fromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower();
    if (ok)
        *ok = true;
    for (Encoding e : {Encoding::Auto, Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE,
                       Encoding::Windows1252})
        if (n == TextDecoder::name(e))
            return e;
    if (n == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (n == QLatin1String("cp1252") || n == QLatin1String("latin1") || n == QLatin1String("iso-8859-1"))
        return Encoding::Windows1252;
    if (ok)
        *ok = false;
    return Encoding::Auto;
}

QStringList TextDecoder::names()
{
    return {name(Encoding::Auto), name(Encoding::Utf8), name(Encoding::Utf16LE),
            name(Encoding::Utf16BE), name(Encoding::Windows1252)};
}

} // namespace twinatlas
