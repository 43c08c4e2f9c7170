// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace twinatlas {

class AtlasEdits;
class AtlasSelection;
class MapPickMode;
class PlaceField;

/**
 * The Edit menu's actions and what they do: open the form for the selection (a partnership
 * with the selected place prefilled, an event, a place), hand it to AtlasEdits, and select what
 * was added so the user sees it. Which actions are enabled follows the selection, the
 * partnership's status (only an active one can be suspended) and read-only mode.
 */
class EditActions : public QObject
{
    Q_OBJECT

public:
    /** Asks the user a yes/no question; tests answer it themselves. */
    using Confirm = std::function<bool(const QString &title, const QString &text)>;

    EditActions(AtlasEdits *edits, QSqlDatabase db, AtlasSelection *selection, MapPickMode *picker,
                QWidget *window);
    ~EditActions() override;

    QAction *addPartnershipAction() const { return m_addPartnership; }
    QAction *editPartnershipAction() const { return m_editPartnership; }
    QAction *endAction() const { return m_end; }
    QAction *suspendAction() const { return m_suspend; }
    QAction *resumeAction() const { return m_resume; }
    QAction *renewAction() const { return m_renew; }
    /** An action whose menu holds end, suspend, resume and renew, for a button. */
    QAction *statusMenuAction() const { return m_statusMenuAction; }
    QAction *removePartnershipAction() const { return m_removePartnership; }
    QAction *addEventAction() const { return m_addEvent; }
    QAction *addPlaceAction() const { return m_addPlace; }
    QAction *editPlaceAction() const { return m_editPlace; }
    QAction *removePlaceAction() const { return m_removePlace; }

    /** Fills the Edit menu (after Undo and Redo). */
    void addToMenu(QMenu *menu) const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

public slots:
    void addPartnership();
    void editPartnership();
    /** End ("ended"), suspend, resume or renew the selected partnership. */
    void changeStatus(const QString &eventType);
    void removePartnership();
    void addEvent();
    void editEvent(qint64 eventId);
    void removeEvent(qint64 eventId);
    void addPlace();
    void editPlace();
    void removePlace();
    /** Enables what applies to the selection as it is now. */
    void updateActions();

signals:
    /** The map should go there (a place was added). */
    void centerRequested(twinatlas::LonLat position);

private:
    QAction *makeAction(const QString &text, const QString &objectName);
    void pickPlace(QWidget *dialog, PlaceField *field);
    QString partnershipTitle(qint64 partnershipId) const;

    AtlasEdits *m_edits;
    QSqlDatabase m_db;
    AtlasSelection *m_selection;
    QPointer<MapPickMode> m_picker;
    QWidget *m_window;
    Confirm m_confirm;
    bool m_readOnly = false;

    QAction *m_addPartnership;
    QAction *m_editPartnership;
    QAction *m_end;
    QAction *m_suspend;
    QAction *m_resume;
    QAction *m_renew;
    QMenu *m_statusMenu;
    QAction *m_statusMenuAction;
    QAction *m_removePartnership;
    QAction *m_addEvent;
    QAction *m_addPlace;
    QAction *m_editPlace;
    QAction *m_removePlace;
};

} // namespace twinatlas
