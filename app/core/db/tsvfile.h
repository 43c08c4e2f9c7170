// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace twinatlas {

/**
 * Reads the tab-separated text files under data/ (plain or gzip-compressed) record by record,
 * with the header naming the columns and the line number at hand for error messages.
 */
class TsvFile
{
public:
    explicit TsvFile(const QString &path);
    ~TsvFile();
    TsvFile(const TsvFile &) = delete;
    TsvFile &operator=(const TsvFile &) = delete;

    /** Opens the file and reads the header; false with errorString() on failure. */
    bool open(const QStringList &requiredColumns);
    /** Reads the next record; false at the end or on a malformed line (see errorString()). */
    bool next();

    QString value(const QString &column) const;
    int lineNumber() const { return m_line; }
    QString where() const;
    QString errorString() const { return m_error; }
    const QString &path() const { return m_path; }

private:
    bool readLine(QByteArray *line);

    QString m_path;
    void *m_gz = nullptr; // gzFile; zlib reads both plain and compressed files
    QHash<QString, int> m_columns;
    QStringList m_fields;
    int m_line = 0;
    QString m_error;
    QByteArray m_buffer;
};

} // namespace twinatlas
