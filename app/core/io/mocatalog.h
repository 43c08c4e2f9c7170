// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace twinatlas {

/**
 * A gettext message catalogue (.mo file) read into memory: the translations Debian's iso-codes
 * ships of every country and subdivision name. Only what the importer needs: singular
 * messages, both byte orders, every offset checked against the file's size, so that a damaged
 * catalogue is refused rather than read out of bounds.
 */
class MoCatalog
{
public:
    /** Reads a .mo file; false (and an empty catalogue) if it is missing or malformed. */
    bool load(const QString &path);
    /** Parses the bytes of a .mo file. */
    bool parse(const QByteArray &bytes);

    /** The translation of msgid, or an empty string. */
    QString translate(const QString &msgid) const { return m_messages.value(msgid); }
    const QHash<QString, QString> &messages() const { return m_messages; }
    int size() const { return int(m_messages.size()); }

private:
    QHash<QString, QString> m_messages;
};

} // namespace twinatlas
