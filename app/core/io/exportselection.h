// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasrecords.h"
#include "db/sqlfailure.h"

#include <QSet>
#include <QSqlDatabase>
#include <QVector>

namespace twinatlas {

/** A place as the export writers need it. */
struct ExportPlace
{
    qint64 id = 0;
    QString uid;
    qint64 geonameId = 0;
    QString name;
    QString country;
    LonLat position;
    qint64 population = 0;
    QString kind;
    int partners = 0; ///< partnerships of the place within the selection
};

/** A partnership with its two places (a sorts before b, see ExportSelection) and sources. */
struct ExportPartnership
{
    Partnership partnership;
    int a = -1; ///< index in ExportSelection::places()
    int b = -1;
    QVector<SourceRecord> sources; ///< sorted by title, URL, document
};

/**
 * What an export writes: the whole atlas, the partnerships of some places, or chosen
 * partnerships, read in a few queries. Rows come in an order that depends only on what they
 * say (names, countries, coordinates), never on ids, so that two atlases with the same content
 * export the same bytes: the CSV round trip relies on it.
 */
class ExportSelection
{
public:
    enum class Scope { All, Places, Partnerships };

    /** Reads the selection; for Places, the partnerships that touch any of ids. */
    bool read(QSqlDatabase db, Scope scope = Scope::All, const QSet<qint64> &ids = {});

    const QVector<ExportPlace> &places() const { return m_places; }
    const QVector<ExportPartnership> &partnerships() const { return m_partnerships; }
    /** Places of the selection without partnerships in it (a place exported on its own). */
    void addPlace(const ExportPlace &place);
    QString errorString() const { return m_error; }
    /** Why read() failed: a read of the atlas that failed (never a shorter selection). */
    SqlFailure failure() const { return m_failure; }

private:
    bool fail(const SqlFailure &failure);

    QVector<ExportPlace> m_places;
    QVector<ExportPartnership> m_partnerships;
    QString m_error;
    SqlFailure m_failure;
};

} // namespace twinatlas
