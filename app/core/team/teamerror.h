// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlError;

namespace twinatlas {

struct TeamServerAddress;

/**
 * Why talking to the team server failed, in words the user can act on: the kind of fault for
 * the program, a message that names the server and says what happened to the local atlas,
 * and the server's own words as detail.
 */
struct TeamError
{
    enum class Kind {
        None,
        Address, ///< the address cannot be used
        Unreachable, ///< no server answered there
        Authentication, ///< wrong user or password
        Certificate, ///< the server's certificate could not be verified
        NoTeamAtlas, ///< the database holds no team atlas
        ServerTooNew, ///< set up by a newer Twinatlas
        ServerTooOld, ///< needs an upgrade this user may not make
        ReadOnly, ///< the user may read but not write
        Lost, ///< the connection broke during the work
        OtherTeam, ///< the atlas is kept with another team atlas
        Atlas, ///< the local atlas could not be read or written
        Failed, ///< anything else the server refused
    };

    Kind kind = Kind::None;
    QString message;
    QString detail;

    bool isError() const { return kind != Kind::None; }
    /** The message and, on a line of its own, the detail. */
    QString text() const;

    /** Why a connection could not be made, from the driver's error. */
    static TeamError fromConnect(const QSqlError &error, const TeamServerAddress &address);
    /**
     * Why a step failed on a connection that was made; what names the step for the message
     * ("Nothing was sent" or "Nothing was received").
     */
    static TeamError fromQuery(const QSqlError &error, const TeamServerAddress &address,
                               const QString &consequence);
    /** The server's words of an error, on one line, without libpq's "ERROR:" prefix. */
    static QString serverText(const QSqlError &error);
    /** Whether the driver's error means the connection is gone. */
    static bool isConnectionLost(const QSqlError &error);
};

} // namespace twinatlas
