// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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
};

} // namespace twinatlas
