// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "positionfix.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

namespace twinatlas {

/**
 * What a log of NMEA sentences (a GPS receiver's output saved to a file) says about where the
 * receiver was last: the last valid fix, read with Qt Positioning's parser. A sentence counts
 * as a fix only when the receiver said it had one (GGA quality above 0, RMC status A) and its
 * coordinates are valid; garbled lines and sentences with wrong checksums are skipped and
 * counted, so that one bad line neither stops the reading nor moves the user.
 */
class NmeaLog
{
    Q_DECLARE_TR_FUNCTIONS(NmeaLog)

public:
    static NmeaLog readFile(const QString &path);
    /** Reads device (open for reading) to its end. */
    static NmeaLog read(QIODevice &device);

    /** False when the file could not be opened; see errorString(). */
    bool isReadable() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    std::optional<PositionFix> lastFix() const { return m_lastFix; }
    /** Lines that were not empty. */
    int lineCount() const { return m_lines; }
    /** Sentences Qt's parser accepted, with or without a fix. */
    int sentenceCount() const { return m_sentences; }
    /** Well-formed sentences of kinds that carry no position (GSV, ...), passed over. */
    int ignoredCount() const { return m_ignored; }
    /** Lines that are not NMEA sentences, or whose checksum is wrong or missing. */
    int rejectedCount() const { return m_rejected; }
    int fixCount() const { return m_fixes; }

    /** "12 lines, 9 sentences, 4 fixes, 2 lines skipped" for messages. */
    QString summary() const;

private:
    std::optional<PositionFix> m_lastFix;
    QString m_error;
    int m_lines = 0;
    int m_sentences = 0;
    int m_ignored = 0;
    int m_rejected = 0;
    int m_fixes = 0;
};

} // namespace twinatlas
