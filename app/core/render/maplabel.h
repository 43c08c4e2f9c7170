// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>
#include <QtGlobal>

namespace twinatlas {

/** A place's name as the renderer sets it: where its text goes, in logical pixels. */
struct MapLabel
{
    qint64 placeId = 0;
    int place = -1; ///< index into MapNetwork::places()
    QString text;
    QRectF rect; ///< the text's box; labels never overlap each other
    bool bold = false;
};

} // namespace twinatlas
