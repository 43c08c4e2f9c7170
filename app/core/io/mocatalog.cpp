// SPDX-License-Identifier: GPL-3.0-or-later
#include "mocatalog.h"

#include <QFile>

namespace twinatlas {

bool MoCatalog::load(const QString &path)
{
    m_messages.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return parse(file.readAll());
}

bool MoCatalog::parse(const QByteArray &bytes)
{
    m_messages.clear();
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const quint64 size = quint64(bytes.size());
    if (size < 28)
        return false;
    const quint32 magic = p[0] | (p[1] << 8) | (p[2] << 16) | (quint32(p[3]) << 24);
    bool little;
    if (magic == 0x950412deu)
        little = true;
    else if (magic == 0xde120495u)
        little = false;
    else
        return false;
    auto word = [&](quint64 at) -> quint32 {
        if (at + 4 > size)
            return 0;
        return little ? quint32(p[at] | (p[at + 1] << 8) | (p[at + 2] << 16) | (quint32(p[at + 3]) << 24))
                      : quint32((quint32(p[at]) << 24) | (p[at + 1] << 16) | (p[at + 2] << 8) | p[at + 3]);
    };
    const quint32 count = word(8);
    const quint64 originals = word(12);
    const quint64 translations = word(16);
    if (originals + quint64(count) * 8 > size || translations + quint64(count) * 8 > size)
        return false;
    auto string = [&](quint64 table, quint32 i, QByteArray *out) {
        const quint64 length = word(table + quint64(i) * 8);
        const quint64 offset = word(table + quint64(i) * 8 + 4);
        if (offset + length > size)
            return false;
        *out = QByteArray(bytes.constData() + offset, qsizetype(length));
        return true;
    };
    m_messages.reserve(count);
    QByteArray original, translation;
    for (quint32 i = 0; i < count; ++i) {
        if (!string(originals, i, &original) || !string(translations, i, &translation)) {
            m_messages.clear();
            return false;
        }
        // The header has an empty msgid; plural forms are separated by NUL (keep the first).
        if (original.isEmpty())
            continue;
        const qsizetype nul = original.indexOf('\0');
        if (nul >= 0)
            original.truncate(nul);
        const qsizetype tnul = translation.indexOf('\0');
        if (tnul >= 0)
            translation.truncate(tnul);
        // A message with a context is "context\x04msgid"; the iso-codes names have none.
        const qsizetype eot = original.indexOf('\x04');
        if (eot >= 0)
            original = original.mid(eot + 1);
        if (!translation.isEmpty())
            m_messages.insert(QString::fromUtf8(original), QString::fromUtf8(translation));
    }
    return true;
}

} // namespace twinatlas
