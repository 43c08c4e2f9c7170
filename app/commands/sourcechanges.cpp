// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcechanges.h"

namespace twinatlas {

QVector<qint64> SourceChanges::idsOf(const QVector<SourceRow> &sources)
{
    QVector<qint64> ids;
    for (SourceRow source : sources) {
        if (source.id <= 0) {
            source.id = m_next--;
            m_changes.insert(source);
        }
        if (!ids.contains(source.id))
            ids << source.id;
    }
    return ids;
}

void SourceChanges::citeInPartnership(qint64 partnershipId, const QVector<SourceRow> &sources,
                                      const QVector<qint64> &citedNow)
{
    const QVector<qint64> wanted = idsOf(sources);
    for (qint64 id : citedNow)
        if (!wanted.contains(id))
            m_changes.unlinkPartnershipSource(partnershipId, id);
    for (qint64 id : wanted)
        if (!citedNow.contains(id))
            m_changes.linkPartnershipSource(partnershipId, id);
}

void SourceChanges::citeInEvent(qint64 eventId, const QVector<SourceRow> &sources,
                                const QVector<qint64> &citedNow)
{
    const QVector<qint64> wanted = idsOf(sources);
    for (qint64 id : citedNow)
        if (!wanted.contains(id))
            m_changes.unlinkEventSource(eventId, id);
    for (qint64 id : wanted)
        if (!citedNow.contains(id))
            m_changes.linkEventSource(eventId, id);
}

} // namespace twinatlas
