// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

namespace twinatlas {

/**
 * Help ▸ About: the version, what the bundled data holds, and the licences and attributions
 * the data's and the libraries' licences ask for, with links.
 */
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    AboutBox() = delete;

    /** dataVersion is that of the user's atlas; the counts come from the bundled one. */
    static QString text(const QString &dataVersion);
    static QString text(const QString &dataVersion, const QString &bundledAtlasPath);
    static void show(QWidget *parent, const QString &dataVersion);
};

} // namespace twinatlas
