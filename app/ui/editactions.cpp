// SPDX-License-Identifier: GPL-3.0-or-later
#include "editactions.h"

#include "atlasedits.h"
#include "atlasselection.h"
#include "db/atlasreader.h"
#include "edit/rowstore.h"
#include "eventdialog.h"
#include "mappickmode.h"
#include "partnershipdialog.h"
#include "placedialog.h"
#include "placefield.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>

namespace twinatlas {

namespace {

QVector<SourceRow> sourceRows(const QVector<SourceRecord> &records)
{
    QVector<SourceRow> rows;
    for (const SourceRecord &r : records) {
        SourceRow row;
        row.id = r.id;
        row.uid = r.uid;
        row.title = r.title;
        row.url = r.url;
        row.document = r.document;
        rows << row;
    }
    return rows;
}

QVector<qint64> idsOf(const QVector<SourceRow> &sources)
{
    QVector<qint64> ids;
    for (const SourceRow &s : sources)
        ids << s.id;
    return ids;
}

bool samePartnership(const PartnershipRow &a, const PartnershipRow &b)
{
    return a.placeA == b.placeA && a.placeB == b.placeB && a.kind == b.kind && a.status == b.status
            && a.startDate == b.startDate && a.endDate == b.endDate && a.note == b.note;
}

bool sameEvent(const EventRow &a, const EventRow &b)
{
    return a.type == b.type && a.date == b.date && a.description == b.description;
}

ApplyResult nothingToDo()
{
    ApplyResult result;
    result.ok = true;
    return result;
}

/** A form opened over the window, gone when closed; the window stays usable for map picks. */
template<class Dialog>
void present(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace

EditActions::EditActions(AtlasEdits *edits, QSqlDatabase db, AtlasSelection *selection,
                         MapPickMode *picker, QWidget *window)
    : QObject(window),
      m_edits(edits),
      m_db(std::move(db)),
      m_selection(selection),
      m_picker(picker),
      m_window(window),
      m_confirm([window](const QString &title, const QString &text) {
          return QMessageBox::question(window, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                       QMessageBox::Cancel)
                  == QMessageBox::Yes;
      })
{
    m_addPartnership = makeAction(tr("&Add partnership…"), QStringLiteral("addPartnershipAction"));
    m_addPartnership->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addPartnership->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_addPartnership->setIconText(tr("Add partnership"));
    m_addPartnership->setToolTip(tr("Add a partnership between two places (Ctrl+Shift+N)"));
    m_editPartnership
            = makeAction(tr("&Edit partnership…"), QStringLiteral("editPartnershipAction"));
    m_end = makeAction(tr("E&nd partnership…"), QStringLiteral("endPartnershipAction"));
    m_suspend = makeAction(tr("&Suspend partnership…"), QStringLiteral("suspendPartnershipAction"));
    m_resume = makeAction(tr("Res&ume partnership…"), QStringLiteral("resumePartnershipAction"));
    m_renew = makeAction(tr("Rene&w partnership…"), QStringLiteral("renewPartnershipAction"));
    m_statusMenu = new QMenu(m_window);
    m_statusMenu->addActions({m_end, m_suspend, m_resume, m_renew});
    m_statusMenuAction = makeAction(tr("Status"), QStringLiteral("statusMenuAction"));
    m_statusMenuAction->setMenu(m_statusMenu);
    m_statusMenuAction->setToolTip(tr("End, suspend, resume or renew the partnership; the event "
                                      "is added to its history"));
    m_removePartnership
            = makeAction(tr("&Remove partnership"), QStringLiteral("removePartnershipAction"));
    m_addEvent = makeAction(tr("Add e&vent…"), QStringLiteral("addEventAction"));
    m_addEvent->setToolTip(tr("Add a signing, a delegation, an exchange or another event to the "
                              "history of the partnership"));
    m_addPlace = makeAction(tr("Add &place…"), QStringLiteral("addPlaceAction"));
    m_addPlace->setToolTip(tr("Add a place the gazetteer lacks, such as a district or a village"));
    m_addPlace->setIconText(tr("Add place"));
    m_editPlace = makeAction(tr("Correct place…"), QStringLiteral("editPlaceAction"));
    m_editPlace->setToolTip(tr("Correct the place's name, country or position"));
    m_removePlace = makeAction(tr("Remove place"), QStringLiteral("removePlaceAction"));

    connect(m_addPartnership, &QAction::triggered, this, &EditActions::addPartnership);
    connect(m_editPartnership, &QAction::triggered, this, &EditActions::editPartnership);
    connect(m_end, &QAction::triggered, this, [this] { changeStatus(QStringLiteral("ended")); });
    connect(m_suspend, &QAction::triggered, this,
            [this] { changeStatus(QStringLiteral("suspended")); });
    connect(m_resume, &QAction::triggered, this,
            [this] { changeStatus(QStringLiteral("resumed")); });
    connect(m_renew, &QAction::triggered, this,
            [this] { changeStatus(QStringLiteral("renewed")); });
    connect(m_removePartnership, &QAction::triggered, this, &EditActions::removePartnership);
    connect(m_addEvent, &QAction::triggered, this, &EditActions::addEvent);
    connect(m_addPlace, &QAction::triggered, this, &EditActions::addPlace);
    connect(m_editPlace, &QAction::triggered, this, &EditActions::editPlace);
    connect(m_removePlace, &QAction::triggered, this, &EditActions::removePlace);
    connect(m_selection, &AtlasSelection::placeChanged, this, &EditActions::updateActions);
    connect(m_selection, &AtlasSelection::partnershipChanged, this, &EditActions::updateActions);
    connect(m_edits, &AtlasEdits::atlasChanged, this, &EditActions::updateActions);
    updateActions();
}

EditActions::~EditActions() = default;

QAction *EditActions::makeAction(const QString &text, const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    return action;
}

void EditActions::addToMenu(QMenu *menu) const
{
    menu->addAction(m_addPartnership);
    menu->addAction(m_editPartnership);
    menu->addActions({m_end, m_suspend, m_resume, m_renew});
    menu->addAction(m_removePartnership);
    menu->addSeparator();
    menu->addAction(m_addEvent);
    menu->addSeparator();
    menu->addAction(m_addPlace);
    menu->addAction(m_editPlace);
    menu->addAction(m_removePlace);
}

void EditActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void EditActions::updateActions()
{
    const bool writable = !m_readOnly;
    const AtlasReader reader(m_db);
    const auto partnership = m_selection->partnershipId() != 0
            ? reader.partnership(m_selection->partnershipId())
            : std::nullopt;
    const QString status = partnership ? partnership->status : QString();
    const bool place = m_selection->placeId() != 0;
    m_addPartnership->setEnabled(writable);
    m_addPlace->setEnabled(writable);
    m_editPlace->setEnabled(writable && place);
    m_removePlace->setEnabled(writable && place);
    for (QAction *action : {m_editPartnership, m_removePartnership, m_addEvent, m_statusMenuAction})
        action->setEnabled(writable && partnership);
    m_end->setEnabled(writable && partnership && status != QLatin1String("ended"));
    m_suspend->setEnabled(writable && partnership && status == QLatin1String("active"));
    m_resume->setEnabled(writable && partnership && status == QLatin1String("suspended"));
    m_renew->setEnabled(writable && partnership && status != QLatin1String("suspended"));
}

QString EditActions::partnershipTitle(qint64 partnershipId) const
{
    const AtlasReader reader(m_db);
    const auto p = reader.partnership(partnershipId);
    if (!p)
        return {};
    const auto a = reader.place(p->placeA);
    const auto b = reader.place(p->placeB);
    return tr("%1 – %2", "the two partner places")
            .arg(a ? a->name : QString(), b ? b->name : QString());
}

void EditActions::pickPlace(QWidget *dialog, PlaceField *field)
{
    if (!m_picker)
        return;
    // The form steps aside while the user clicks the map, and comes back with the place.
    QPointer<QWidget> form(dialog);
    QPointer<PlaceField> target(field);
    dialog->hide();
    m_picker->start(MapPickMode::Target::Place,
                    [form, target](std::optional<MapPickMode::Pick> pick) {
                        if (pick && target)
                            target->setPlaceId(pick->placeId);
                        if (form) {
                            form->show();
                            form->raise();
                            form->activateWindow();
                        }
                    });
}

void EditActions::addPartnership()
{
    if (m_readOnly)
        return;
    auto *dialog = new PartnershipDialog(m_db, m_window);
    dialog->setPlaces(m_selection->placeId());
    for (PlaceField *field : {dialog->placeField(), dialog->partnerField()})
        field->mapButton()->setVisible(bool(m_picker));
    connect(dialog, &PartnershipDialog::mapPickRequested, this,
            [this, dialog](PlaceField *field) { pickPlace(dialog, field); });
    dialog->setCommit([this](const PartnershipDialog &form) {
        const ApplyResult result = m_edits->addPartnership(form.row(), form.sources());
        if (result.ok) {
            // Show what was added: the partnership, from the place the user was looking at.
            const PartnershipRow row = form.row();
            const qint64 here = m_selection->placeId();
            m_selection->selectPlace(here == row.placeA || here == row.placeB ? here : row.placeA);
            m_selection->selectPartnership(result.assignedIds.value(AtlasEdits::newRowId));
        }
        return result;
    });
    present(dialog);
}

void EditActions::editPartnership()
{
    const qint64 id = m_selection->partnershipId();
    const auto stored = RowStore(m_db).partnership(id);
    if (m_readOnly || !stored)
        return;
    auto *dialog = new PartnershipDialog(m_db, m_window);
    const QVector<SourceRow> sources = sourceRows(AtlasReader(m_db).sourcesOfPartnership(id));
    dialog->setPartnership(*stored, sources);
    for (PlaceField *field : {dialog->placeField(), dialog->partnerField()})
        field->mapButton()->setVisible(bool(m_picker));
    connect(dialog, &PartnershipDialog::mapPickRequested, this,
            [this, dialog](PlaceField *field) { pickPlace(dialog, field); });
    dialog->setCommit([this, stored = *stored, sources](const PartnershipDialog &form) {
        const QVector<SourceRow> now = form.sources();
        if (samePartnership(form.row(), stored) && idsOf(now) == idsOf(sources))
            return nothingToDo();
        return m_edits->editPartnership(form.row(), now);
    });
    present(dialog);
}

void EditActions::changeStatus(const QString &eventType)
{
    const qint64 id = m_selection->partnershipId();
    const auto stored = RowStore(m_db).partnership(id);
    if (m_readOnly || !stored)
        return;
    auto *dialog = new EventDialog(m_window);
    dialog->setPartnership(id, partnershipTitle(id));
    dialog->setStatusChange(eventType, stored->startDate);
    dialog->setCommit([this](const EventDialog &form) {
        return m_edits->changePartnershipStatus(form.row(), form.sources());
    });
    present(dialog);
}

void EditActions::removePartnership()
{
    const qint64 id = m_selection->partnershipId();
    if (m_readOnly || id == 0)
        return;
    // No question asked: Undo brings it back, history and sources included.
    const ApplyResult result = m_edits->removePartnership(id);
    if (!result.ok)
        QMessageBox::warning(m_window, tr("Cannot remove the partnership"), result.errorString());
}

void EditActions::addEvent()
{
    const qint64 id = m_selection->partnershipId();
    if (m_readOnly || id == 0)
        return;
    auto *dialog = new EventDialog(m_window);
    dialog->setPartnership(id, partnershipTitle(id));
    dialog->setCommit([this](const EventDialog &form) {
        return m_edits->addEvent(form.row(), form.sources());
    });
    present(dialog);
}

void EditActions::editEvent(qint64 eventId)
{
    const auto stored = RowStore(m_db).event(eventId);
    if (m_readOnly || !stored)
        return;
    QVector<SourceRow> sources;
    for (const HistoryEvent &event : AtlasReader(m_db).eventsOf(stored->partnershipId))
        if (event.id == eventId)
            sources = sourceRows(event.sources);
    auto *dialog = new EventDialog(m_window);
    dialog->setEvent(*stored, sources, partnershipTitle(stored->partnershipId));
    dialog->setCommit([this, stored = *stored, sources](const EventDialog &form) {
        const QVector<SourceRow> now = form.sources();
        if (sameEvent(form.row(), stored) && idsOf(now) == idsOf(sources))
            return nothingToDo();
        return m_edits->editEvent(form.row(), now);
    });
    present(dialog);
}

void EditActions::removeEvent(qint64 eventId)
{
    if (m_readOnly)
        return;
    const ApplyResult result = m_edits->removeEvent(eventId);
    if (!result.ok)
        QMessageBox::warning(m_window, tr("Cannot remove the event"), result.errorString());
}

void EditActions::addPlace()
{
    if (m_readOnly)
        return;
    auto *dialog = new PlaceDialog(m_db, m_window);
    // A district or village the gazetteer lacks is most often near the place being looked at.
    if (const auto here = AtlasReader(m_db).place(m_selection->placeId()))
        dialog->setCountry(here->country);
    dialog->mapButton()->setVisible(bool(m_picker));
    connect(dialog, &PlaceDialog::mapPickRequested, this, [this, dialog] {
        if (!m_picker)
            return;
        QPointer<PlaceDialog> form(dialog);
        dialog->hide();
        m_picker->start(MapPickMode::Target::Position,
                        [form](std::optional<MapPickMode::Pick> pick) {
                            if (!form)
                                return;
                            if (pick)
                                form->setPosition(pick->position);
                            form->show();
                            form->raise();
                            form->activateWindow();
                        });
    });
    dialog->setCommit([this](const PlaceDialog &form) {
        const ApplyResult result = m_edits->addPlace(form.row());
        if (result.ok) {
            m_selection->selectPlace(result.assignedIds.value(AtlasEdits::newRowId));
            emit centerRequested(LonLat{form.row().lon, form.row().lat});
        }
        return result;
    });
    present(dialog);
}

void EditActions::editPlace()
{
    const auto stored = RowStore(m_db).place(m_selection->placeId());
    if (m_readOnly || !stored)
        return;
    auto *dialog = new PlaceDialog(m_db, m_window);
    dialog->setPlace(*stored);
    dialog->mapButton()->setVisible(bool(m_picker));
    connect(dialog, &PlaceDialog::mapPickRequested, this, [this, dialog] {
        if (!m_picker)
            return;
        QPointer<PlaceDialog> form(dialog);
        dialog->hide();
        m_picker->start(MapPickMode::Target::Position,
                        [form](std::optional<MapPickMode::Pick> pick) {
                            if (!form)
                                return;
                            if (pick)
                                form->setPosition(pick->position);
                            form->show();
                            form->raise();
                        });
    });
    dialog->setCommit([this, stored = *stored](const PlaceDialog &form) {
        const PlaceRow row = form.row();
        if (row.name == stored.name && row.country == stored.country && row.kind == stored.kind
            && row.lon == stored.lon && row.lat == stored.lat)
            return nothingToDo();
        return m_edits->editPlace(row);
    });
    present(dialog);
}

void EditActions::removePlace()
{
    const qint64 id = m_selection->placeId();
    const AtlasReader reader(m_db);
    const auto place = reader.place(id);
    if (m_readOnly || !place)
        return;
    QVector<qint64> partnerships;
    QStringList partners;
    for (const PartnerEntry &entry : reader.partnersOf(id)) {
        partnerships << entry.partnership.id;
        partners << entry.partner.name;
    }
    if (!partnerships.isEmpty()) {
        // Its partnerships go with it: say which, so that nobody loses them by surprise.
        constexpr int named = 12;
        QString list = QLocale().createSeparatedList(partners.mid(0, named));
        if (partners.size() > named)
            list = tr("%1 and %n more", nullptr, int(partners.size()) - named)
                           .arg(partners.mid(0, named).join(QStringLiteral(", ")));
        const QString text
                = tr("Removing %1 also removes its partnerships with %2, and their history. "
                     "Remove the place and these partnerships?")
                          .arg(place->name, list);
        if (!m_confirm(tr("Remove %1").arg(place->name), text))
            return;
    }
    const ApplyResult result = m_edits->removePlace(id, partnerships);
    if (!result.ok)
        QMessageBox::warning(m_window, tr("Cannot remove the place"), result.errorString());
}

} // namespace twinatlas
