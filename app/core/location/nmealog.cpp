// SPDX-License-Identifier: GPL-3.0-or-later
#include "nmealog.h"

#include "nmeasentenceparser.h"

#include <QFile>
#include <QGeoPositionInfo>

namespace twinatlas {

namespace {

/** Longer lines are not NMEA (82 characters at most); they are read in pieces and rejected. */
constexpr qint64 maxLineLength = 1024;

/**
 * Whether line is "$...*hh" or "!...*hh" with hh the XOR of the characters between. Only to
 * tell a sentence Qt does not read (GSV) from a damaged one; Qt checks the checksums itself.
 */
bool isWellFormedSentence(const QByteArray &line)
{
    if (line.size() < 4 || (line.front() != '$' && line.front() != '!'))
        return false;
    const qsizetype star = line.indexOf('*');
    if (star < 1 || star + 3 != line.size())
        return false;
    bool ok = false;
    const int expected = line.mid(star + 1, 2).toInt(&ok, 16);
    if (!ok)
        return false;
    int sum = 0;
    for (qsizetype i = 1; i < star; ++i) {
        const char c = line.at(i);
        if (c < 0x20 || c > 0x7e)
            return false;
        sum ^= c;
    }
    return sum == expected;
}

/**
 * Whether the line ends with the checksum of its first sentence. Qt reads up to the first '*'
 * and would take the first of two sentences glued together by a lost line end; a line that
 * has lost part of itself is not trusted with a position.
 */
bool endsWithItsChecksum(const QByteArray &line)
{
    return line.indexOf('*') == line.size() - 3;
}

} // namespace

NmeaLog NmeaLog::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        NmeaLog log;
        log.m_error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return log;
    }
    return read(file);
}

NmeaLog NmeaLog::read(QIODevice &device)
{
    NmeaLog log;
    NmeaSentenceParser parser;
    QDate lastDate; // RMC and ZDA carry the date, GGA only the time
    int lineNumber = 0;
    while (!device.atEnd()) {
        QByteArray line = device.readLine(maxLineLength);
        const bool complete = line.endsWith('\n') || device.atEnd();
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        ++log.m_lines;
        QGeoPositionInfo info;
        bool hasFix = false;
        if (!complete || !endsWithItsChecksum(line) || !parser.parse(line, &info, &hasFix)) {
            if (complete && isWellFormedSentence(line))
                ++log.m_ignored;
            else
                ++log.m_rejected;
            if (!complete) { // skip the rest of an overlong line
                while (!device.atEnd() && !device.readLine(maxLineLength).endsWith('\n')) {}
            }
            continue;
        }
        ++log.m_sentences;
        const QDateTime stamp = info.timestamp();
        if (stamp.date().isValid())
            lastDate = stamp.date();
        const QGeoCoordinate c = info.coordinate();
        if (!hasFix || !c.isValid())
            continue;
        ++log.m_fixes;
        PositionFix fix;
        fix.position = {c.longitude(), c.latitude()};
        fix.time = stamp.time();
        fix.date = stamp.date().isValid() ? stamp.date() : (fix.time.isValid() ? lastDate : QDate());
        fix.line = lineNumber;
        log.m_lastFix = fix;
    }
    return log;
}

QString NmeaLog::summary() const
{
    QString text = tr("%n non-empty lines", nullptr, m_lines) + QStringLiteral(", ")
            + tr("%n NMEA sentences read", nullptr, m_sentences) + QStringLiteral(", ")
            + tr("%n valid fixes", nullptr, m_fixes);
    if (m_rejected > 0)
        text += QStringLiteral(", ")
                + tr("%n lines skipped as garbled or with a wrong checksum", nullptr, m_rejected);
    return text;
}

} // namespace twinatlas
