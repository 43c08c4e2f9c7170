// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QStatusBar>

#include <optional>

class QLabel;

namespace twinatlas {

/** The window's status bar: what the map shows (places, partnerships) and where the mouse is. */
class AtlasStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit AtlasStatusBar(QWidget *parent = nullptr);

    QString countsText() const;
    QString positionText() const;

public slots:
    void setCounts(int places, int partnerships);
    void setCursorPosition(std::optional<twinatlas::LonLat> position);
    /** Shows "Read-only" with the reason as its tooltip; empty hides it. */
    void setReadOnlyReason(const QString &reason);
    /** Says that the atlas is damaged (message: what is wrong), in place of "Read-only". */
    void setDamage(const QString &message);

private:
    QLabel *m_counts;
    QLabel *m_position;
    QLabel *m_readOnly;
};

} // namespace twinatlas
