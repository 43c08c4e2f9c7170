// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace twinatlas {

/**
 * The atlas schema and its migrations. The schema version lives in PRAGMA user_version and the
 * file is marked as an atlas with PRAGMA application_id, so that a foreign SQLite file is told
 * apart from an old atlas. Each migration runs in its own transaction: it applies whole or not.
 */
class AtlasSchema
{
public:
    /** 'TwAt': the application_id of every atlas file. */
    static constexpr int applicationId = 0x54774174;

    /** The schema version this program writes and understands. */
    static int currentVersion();

    /** Brings an empty or older atlas up to currentVersion(). */
    static bool migrate(QSqlDatabase &db, QString *error);

    /** Vocabulary the CHECK constraints enforce, for forms and importers to share. */
    static const QStringList &placeKinds();
    static const QStringList &partnershipKinds();
    static const QStringList &partnershipStatuses();
    static const QStringList &eventTypes();
    /** What a tombstone (a bundled row the user deleted) can stand for. */
    static const QStringList &tombstoneKinds();
    /** States of a checklist entry; "not yet" is the absence of an entry. */
    static const QStringList &checklistStates();
    /**
     * Where a place's name in a language comes from, weakest first: a stronger origin replaces
     * a weaker one for the same place and language, never the other way round.
     */
    static const QStringList &placeNameOrigins();
    /** An SQL expression of a place name origin's strength (its index in placeNameOrigins()). */
    static QString placeNameStrength(const QString &column);

    /**
     * The stable uid of a bundled event: its partnership's key, date and type, with "~2", "~3"
     * for exact repeats in file order, so that adding an event never renames the others.
     */
    static QString eventUid(const QString &partnershipUid, const QString &date,
                            const QString &type, int occurrence);
};

} // namespace twinatlas
