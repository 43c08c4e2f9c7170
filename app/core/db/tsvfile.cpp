// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsvfile.h"

#include <QFile>

#include <zlib.h>

namespace twinatlas {

TsvFile::TsvFile(const QString &path) : m_path(path) {}

TsvFile::~TsvFile()
{
    if (m_gz)
        gzclose(static_cast<gzFile>(m_gz));
}

QString TsvFile::where() const
{
    return QStringLiteral("%1:%2").arg(m_path).arg(m_line);
}

bool TsvFile::readLine(QByteArray *line)
{
    line->clear();
    char chunk[65536];
    while (true) {
        if (!gzgets(static_cast<gzFile>(m_gz), chunk, sizeof chunk)) {
            int err = 0;
            gzerror(static_cast<gzFile>(m_gz), &err);
            if (err != Z_OK && err != Z_STREAM_END) {
                m_error = QStringLiteral("%1: cannot read: %2")
                                  .arg(where(), QString::fromLocal8Bit(
                                                        gzerror(static_cast<gzFile>(m_gz), &err)));
                return false;
            }
            return !line->isEmpty();
        }
        line->append(chunk);
        if (line->endsWith('\n')) {
            line->chop(1);
            if (line->endsWith('\r'))
                line->chop(1);
            return true;
        }
    }
}

bool TsvFile::open(const QStringList &requiredColumns)
{
    m_gz = gzopen(QFile::encodeName(m_path).constData(), "rb");
    if (!m_gz) {
        m_error = QStringLiteral("%1: cannot open the file").arg(m_path);
        return false;
    }
    QByteArray line;
    while (readLine(&line)) {
        ++m_line;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QStringList names = QString::fromUtf8(line).split(QLatin1Char('\t'));
        for (int i = 0; i < names.size(); ++i)
            m_columns.insert(names.at(i).trimmed(), i);
        for (const QString &required : requiredColumns) {
            if (!m_columns.contains(required)) {
                m_error = QStringLiteral("%1: the header lacks the column “%2”")
                                  .arg(where(), required);
                return false;
            }
        }
        return true;
    }
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: the file has no header line").arg(m_path);
    return false;
}

bool TsvFile::next()
{
    QByteArray line;
    while (readLine(&line)) {
        ++m_line;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QString text = QString::fromUtf8(line);
        if (text.contains(QChar::ReplacementCharacter)) {
            m_error = QStringLiteral("%1: the line is not valid UTF-8").arg(where());
            return false;
        }
        m_fields = text.split(QLatin1Char('\t'));
        if (m_fields.size() > m_columns.size()) {
            m_error = QStringLiteral("%1: %2 cells where the header names %3")
                              .arg(where())
                              .arg(m_fields.size())
                              .arg(m_columns.size());
            return false;
        }
        return true;
    }
    return false;
}

QString TsvFile::value(const QString &column) const
{
    const int index = m_columns.value(column, -1);
    return index >= 0 && index < m_fields.size() ? m_fields.at(index).trimmed() : QString();
}

} // namespace twinatlas
