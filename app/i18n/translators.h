// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace twinatlas {

/**
 * The language Twinatlas speaks: the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), unless
 * File ▸ Preferences names one. install() loads our catalogue, compiled into the program under
 * :/i18n, and Qt's own (qtbase_<lang>.qm from Qt's translations folder, Debian's
 * qt6-translations-l10n) so that standard buttons and dialogs match, and makes the language's
 * locale the default one for dates and numbers. Both the window and the command line call it
 * right after their application object exists; a change applies at the next start.
 */
class Translators
{
public:
    Translators() = delete;

    /** The language chosen in Preferences ("de", "fr", ...), or empty to follow the system. */
    static QString languageSetting();
    static void setLanguageSetting(const QString &language);

    /** The languages with a compiled catalogue, as codes ("de", "en", "es", ...), sorted. */
    static QStringList availableLanguages();

    /**
     * A language's name in that language, as its speakers look for it in a list: "Deutsch",
     * "Français", "Español" (not CLDR's "español de España").
     */
    static QString nativeName(const QString &language);

    /** The locale the program uses: the chosen language's, else the system's. */
    static QLocale uiLocale();

    /**
     * Installs the translators for locale on the running application (one must exist) and sets
     * QLocale's default to it. Returns whether our catalogue for the language was found; for
     * English, the source language, it holds only the plural forms.
     */
    static bool install(const QLocale &locale = uiLocale());
};

} // namespace twinatlas
