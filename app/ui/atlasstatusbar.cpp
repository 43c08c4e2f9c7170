// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasstatusbar.h"

#include "partnershiptext.h"

#include <QFontMetrics>
#include <QLabel>

namespace twinatlas {

AtlasStatusBar::AtlasStatusBar(QWidget *parent)
    : QStatusBar(parent),
      m_counts(new QLabel(this)),
      m_position(new QLabel(this)),
      m_readOnly(new QLabel(tr("Read-only"), this))
{
    m_readOnly->setObjectName(QStringLiteral("readOnly"));
    m_readOnly->hide();
    m_counts->setObjectName(QStringLiteral("mapCounts"));
    m_position->setObjectName(QStringLiteral("cursorPosition"));
    // Room for the longest position, so that the bar does not jitter as the mouse moves.
    m_position->setMinimumWidth(
            m_position->fontMetrics().horizontalAdvance(PartnershipText::coordinates(-179.9999, -89.9999))
            + 12);
    m_position->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addWidget(m_counts, 1);
    addPermanentWidget(m_readOnly);
    addPermanentWidget(m_position);
}

void AtlasStatusBar::setReadOnlyReason(const QString &reason)
{
    m_readOnly->setToolTip(reason);
    m_readOnly->setVisible(!reason.isEmpty());
}

void AtlasStatusBar::setDamage(const QString &message)
{
    m_readOnly->setText(tr("Damaged: read-only"));
    setReadOnlyReason(message);
}

QString AtlasStatusBar::countsText() const
{
    return m_counts->text();
}

QString AtlasStatusBar::positionText() const
{
    return m_position->text();
}

void AtlasStatusBar::setCounts(int places, int partnerships)
{
    m_counts->setText(tr("%1 · %2", "places · partnerships")
                              .arg(tr("Places: %Ln", "shown on the map", places),
                                   tr("Partnerships: %Ln", "shown on the map", partnerships)));
}

void AtlasStatusBar::setCursorPosition(std::optional<LonLat> position)
{
    m_position->setText(position ? PartnershipText::coordinates(position->lon, position->lat) : QString());
}

} // namespace twinatlas
