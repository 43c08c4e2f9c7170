// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Counts the dialogs and message boxes a window test sees shown, in order.

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStringList>

namespace twinatlas::testing {

class DialogWatch : public QObject
{
public:
    DialogWatch() { qApp->installEventFilter(this); }
    ~DialogWatch() override { qApp->removeEventFilter(this); }

    /** Each dialog shown: its object name, else its class, and its title and text. */
    QStringList shown() const { return m_shown; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            // A busy indicator is no question to the user.
            if (auto *dialog = qobject_cast<QDialog *>(watched);
                dialog && dialog->isWindow() && !qobject_cast<QProgressDialog *>(dialog)) {
                QString what = dialog->objectName().isEmpty()
                        ? QString::fromLatin1(dialog->metaObject()->className())
                        : dialog->objectName();
                what += QStringLiteral(": ") + dialog->windowTitle();
                if (auto *box = qobject_cast<QMessageBox *>(dialog))
                    what += QStringLiteral(": ") + box->text() + QLatin1Char(' ') + box->informativeText();
                m_shown << what;
            }
        }
        return false;
    }

private:
    QStringList m_shown;
};

} // namespace twinatlas::testing
