// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

namespace twinatlas {

/** Help ▸ About: the version, the licence and where the data comes from, as the licences ask. */
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    AboutBox() = delete;

    static QString text(const QString &dataVersion);
    static void show(QWidget *parent, const QString &dataVersion);
};

} // namespace twinatlas
