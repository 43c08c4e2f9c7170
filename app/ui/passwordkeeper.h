// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace twinatlas {

/**
 * The team atlas password in the desktop's keyring (Secret Service or KWallet, through
 * QtKeychain), never in a file of the program's. Every call answers later, on the event loop:
 * a keyring may first ask the user to unlock it.
 */
class PasswordKeeper : public QObject
{
    Q_OBJECT

public:
    using ReadDone = std::function<void(const QString &password, const QString &error)>;
    using WriteDone = std::function<void(const QString &error)>;

    explicit PasswordKeeper(QObject *parent = nullptr) : QObject(parent) { }

    /** The password kept for key; empty with an error when there is none or no keyring. */
    void read(const QString &key, ReadDone done);
    void write(const QString &key, const QString &password, WriteDone done);
    void remove(const QString &key);

    static QString service();
};

} // namespace twinatlas
