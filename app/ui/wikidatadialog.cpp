// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikidatadialog.h"

#include "atlasedits.h"
#include "db/atlasdatabase.h"
#include "importreviewpage.h"
#include "translators.h"
#include "wikidata/wikidatasettings.h"
#include "wikidatarunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace twinatlas {

namespace {

/** New partnerships listed one by one, up to this many; the rest are counted. */
constexpr int maxListed = 2000;

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

WikidataDialog::WikidataDialog(AtlasDatabase &atlas, AtlasEdits *edits, const std::optional<Place> &selected,
                               QWidget *parent)
    : QDialog(parent),
      m_atlas(atlas),
      m_edits(edits),
      m_selected(selected),
      m_runner(new WikidataRunner(atlas, this)),
      m_pages(new QStackedWidget(this)),
      m_report(new QPushButton(tr("Save &report…"), this)),
      m_get(new QPushButton(tr("&Get"), this)),
      m_commit(new QPushButton(tr("&Add to the atlas"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("wikidataDialog"));
    setWindowTitle(tr("Get partnerships from Wikidata"));
    m_options.endpoint = WikidataSettings::endpoint();
    m_options.language = Translators::uiLocale().name().section(u'_', 0, 0);
    if (m_options.language == QLatin1String("c"))
        m_options.language = QStringLiteral("en");
    m_options.cacheDir = WikidataSettings::cacheDir();

    m_pages->addWidget(makeChoosePage());
    m_pages->addWidget(makeWorkingPage());
    m_pages->addWidget(makeReviewPage());

    m_get->setObjectName(QStringLiteral("wikidataGetButton"));
    m_get->setToolTip(tr("Ask Wikidata now; nothing is added before you have seen what it brings"));
    m_commit->setObjectName(QStringLiteral("wikidataCommitButton"));
    m_commit->setToolTip(tr("Write what the review shows into the atlas, as one step that Undo takes back"));
    m_cancel->setObjectName(QStringLiteral("wikidataCancelButton"));
    m_report->setObjectName(QStringLiteral("wikidataReportButton"));
    m_report->setToolTip(tr("Save every statement and what became of it as CSV"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_report, QDialogButtonBox::HelpRole);
    buttons->addButton(m_get, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_commit, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(m_get, &QPushButton::clicked, this, &WikidataDialog::start);
    connect(m_commit, &QPushButton::clicked, this, &WikidataDialog::commit);
    connect(m_cancel, &QPushButton::clicked, this, &WikidataDialog::reject);
    connect(m_report, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), tr("wikidata-report.csv"),
                                                          tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !saveReport(path, &error))
            QMessageBox::warning(this, tr("Report not saved"), error);
    });
    connect(m_runner, &WikidataRunner::chunkStarted, this, [this](int index, int count, const QString &title) {
        m_workingLabel->setText(tr("Asking Wikidata for %1 (%2 of %3)…").arg(title).arg(index + 1).arg(count));
        m_progress->setRange(0, count);
        m_progress->setValue(index);
    });
    connect(m_runner, &WikidataRunner::chunkFinished, this, [this](int index, int count, int statements) {
        m_progress->setRange(0, count);
        m_progress->setValue(index + 1);
        m_workingDetail->setText(tr("%n twinning statements so far", nullptr, statements));
    });
    connect(m_runner, &WikidataRunner::waiting, this, [this](int seconds, const QString &reason) {
        m_workingDetail->setText(tr("%1; trying again in %n seconds.", nullptr, seconds).arg(reason));
    });
    connect(m_runner, &WikidataRunner::stageChanged, this, [this](int stage, int done, int total) {
        switch (WikidataRunner::Stage(stage)) {
        case WikidataRunner::Stage::Fetching: return;
        case WikidataRunner::Stage::Loading: m_workingLabel->setText(tr("Loading the gazetteer…")); break;
        case WikidataRunner::Stage::Resolving:
            m_workingLabel->setText(tr("Finding %n places in the gazetteer…", nullptr, total));
            break;
        }
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_runner, &WikidataRunner::finished, this, &WikidataDialog::runFinished);
    connect(m_review, &ImportReviewPage::placeShown, this, &WikidataDialog::placeShown);
    connect(m_review, &ImportReviewPage::candidatesShown, this, &WikidataDialog::candidatesShown);
    connect(m_review, &ImportReviewPage::planChanged, this, &WikidataDialog::updateSummary);

    if (const std::optional<WikidataScope> last = WikidataScope::fromKey(WikidataSettings::lastScope()))
        setScope(*last);
    setStep(Step::Choose);
    resize(980, 640);
}

WikidataDialog::~WikidataDialog()
{
    // The review shows the runner's plan: forget it before the runner goes.
    m_review->setPlan(nullptr);
}

QWidget *WikidataDialog::makeChoosePage()
{
    auto *page = new QWidget(m_pages);
    auto *heading = new QLabel(tr("Get the twinnings recorded in Wikidata"), page);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    auto *intro = wrappedLabel(
            tr("Wikidata, the free knowledge base anyone can edit, records most of the world's "
               "twinnings (“twinned administrative body”), with the start and end dates it knows. "
               "Twinatlas asks it for them, finds each town in its gazetteer and shows you what is "
               "new before anything is added. Asked again later, it brings what changed; your own "
               "edits are kept."),
            page);
    m_world = new QRadioButton(tr("The whole &world, country by country (a few minutes)"), page);
    m_world->setObjectName(QStringLiteral("wikidataWorld"));
    m_country = new QRadioButton(tr("One &country:"), page);
    m_country->setObjectName(QStringLiteral("wikidataCountry"));
    m_countries = new QComboBox(page);
    m_countries->setObjectName(QStringLiteral("wikidataCountries"));
    QString error;
    QVector<WikidataChunk> countries = WikidataScope::world().chunks(m_atlas.connection(), &error);
    std::sort(countries.begin(), countries.end(), [](const WikidataChunk &a, const WikidataChunk &b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    for (const WikidataChunk &c : std::as_const(countries))
        m_countries->addItem(c.title, c.key);
    m_place = new QRadioButton(page);
    m_place->setObjectName(QStringLiteral("wikidataPlace"));
    if (!m_selected) {
        m_place->setText(tr("The selected &place (choose one on the map or in the list first)"));
        m_place->setEnabled(false);
    } else if (m_selected->geonameId <= 0) {
        m_place->setText(tr("The selected &place: %1 (not in GeoNames, so not to be found in "
                            "Wikidata by it; choose its country)")
                                 .arg(m_selected->name));
        m_place->setEnabled(false);
    } else {
        m_place->setText(tr("The selected &place: %1").arg(m_selected->name));
    }
    (m_selected && m_selected->geonameId > 0 ? m_place : m_world)->setChecked(true);
    connect(m_countries, &QComboBox::activated, m_country, [this] { m_country->setChecked(true); });

    const QDate last = WikidataSettings::lastFetch();
    const std::optional<WikidataScope> lastScope = WikidataScope::fromKey(WikidataSettings::lastScope());
    auto *service = wrappedLabel(
            tr("Asks %1, the service set in Preferences.").arg(m_options.endpoint.host()), page);
    service->setForegroundRole(QPalette::PlaceholderText);
    auto *lastFetch = wrappedLabel(
            last.isValid() && lastScope
                    ? tr("Last fetched on %1: %2.")
                              .arg(QLocale().toString(last, QLocale::LongFormat), lastScope->description())
                    : QString(),
            page);
    lastFetch->setObjectName(QStringLiteral("wikidataLastFetch"));
    lastFetch->setForegroundRole(QPalette::PlaceholderText);
    lastFetch->setVisible(last.isValid() && lastScope);
    m_error = wrappedLabel(QString(), page);
    m_error->setObjectName(QStringLiteral("wikidataError"));
    // What a service answers is shown as text, never as markup.
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b03020"));
    m_error->hide();

    auto *grid = new QGridLayout;
    grid->addWidget(m_world, 0, 0, 1, 2);
    grid->addWidget(m_country, 1, 0);
    grid->addWidget(m_countries, 1, 1);
    grid->addWidget(m_place, 2, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addLayout(grid);
    layout->addSpacing(12);
    layout->addWidget(service);
    layout->addWidget(lastFetch);
    layout->addWidget(m_error);
    layout->addStretch(1);
    return page;
}

QWidget *WikidataDialog::makeWorkingPage()
{
    auto *page = new QWidget(m_pages);
    m_workingLabel = new QLabel(page);
    m_workingLabel->setObjectName(QStringLiteral("wikidataWorkingLabel"));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("wikidataProgress"));
    m_workingDetail = wrappedLabel(QString(), page);
    m_workingDetail->setObjectName(QStringLiteral("wikidataWorkingDetail"));
    m_workingDetail->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_workingLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_workingDetail);
    layout->addStretch(2);
    return page;
}

QWidget *WikidataDialog::makeReviewPage()
{
    auto *page = new QWidget(m_pages);
    m_summary = wrappedLabel(QString(), page);
    m_summary->setObjectName(QStringLiteral("wikidataSummary"));
    m_tabs = new QTabWidget(page);
    m_changes = new QTreeWidget(m_tabs);
    m_changes->setObjectName(QStringLiteral("wikidataChanges"));
    m_changes->setHeaderLabels({tr("Partnership"), tr("What")});
    m_changes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->setUniformRowHeights(true);
    m_review = new ImportReviewPage(m_tabs);
    m_tabs->addTab(m_changes, tr("Changes"));
    m_tabs->addTab(m_review, tr("Places"));
    connect(m_changes, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        WikidataUpdate *update = m_runner->update();
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        if (!update || column != 0 || id == 0 || !(item->flags() & Qt::ItemIsUserCheckable))
            return;
        update->setRemoval(id, item->checkState(0) == Qt::Checked);
    });
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    return page;
}

void WikidataDialog::setScope(const WikidataScope &scope)
{
    switch (scope.kind) {
    case WikidataScope::Kind::World: m_world->setChecked(true); break;
    case WikidataScope::Kind::Country: {
        const int index = m_countries->findData(scope.country);
        if (index >= 0) {
            m_countries->setCurrentIndex(index);
            m_country->setChecked(true);
        }
        break;
    }
    case WikidataScope::Kind::Place:
        if (m_place->isEnabled() && m_selected && m_selected->uid == scope.placeUid)
            m_place->setChecked(true);
        break;
    }
}

WikidataScope WikidataDialog::scope() const
{
    if (m_country->isChecked() && m_countries->currentIndex() >= 0)
        return WikidataScope::ofCountry(m_countries->currentData().toString(), m_countries->currentText());
    if (m_place->isChecked() && m_selected)
        return WikidataScope::ofPlace(m_selected->uid, m_selected->geonameId, m_selected->name);
    return WikidataScope::world();
}

void WikidataDialog::setStep(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    m_get->setVisible(step == Step::Choose);
    m_get->setDefault(step == Step::Choose);
    m_commit->setVisible(step == Step::Review);
    m_commit->setDefault(step == Step::Review);
    m_report->setVisible(step == Step::Review);
}

void WikidataDialog::start()
{
    if (m_runner->isRunning())
        return;
    m_error->hide();
    m_review->setPlan(nullptr); // the runner's plan is about to be replaced
    m_workingLabel->setText(tr("Asking Wikidata…"));
    m_workingDetail->clear();
    m_progress->setRange(0, 0);
    setStep(Step::Working);
    m_runner->start(scope(), m_options);
}

void WikidataDialog::runFinished(bool ok, const QString &error)
{
    if (!ok) {
        m_error->setText(m_runner->wasCancelled() ? tr("Cancelled; nothing was changed.")
                                                  : tr("%1\nNothing was changed.").arg(error));
        m_error->show();
        setStep(Step::Choose);
        return;
    }
    WikidataUpdate *update = m_runner->update();
    m_review->setPlan(&update->plan());
    m_review->onlyDoubtfulBox()->setChecked(true);
    showChanges();
    updateSummary();
    setStep(Step::Review);
}

void WikidataDialog::showChanges()
{
    const QSignalBlocker block(m_changes);
    m_changes->clear();
    WikidataUpdate *update = m_runner->update();
    if (!update)
        return;
    const QVector<WikidataChange> changes = update->changes();
    const QList<QPair<WikidataChange::Kind, QString>> groups{
            {WikidataChange::Kind::Added, tr("New")},
            {WikidataChange::Kind::DatesChanged, tr("Dates changed in Wikidata")},
            {WikidataChange::Kind::Kept, tr("Kept as in your atlas")},
            {WikidataChange::Kind::NoLongerListed, tr("No longer in Wikidata: tick those to remove")}};
    for (const auto &[kind, title] : groups) {
        int count = 0;
        auto *group = new QTreeWidgetItem(m_changes);
        group->setFirstColumnSpanned(true);
        for (const WikidataChange &c : changes) {
            if (c.kind != kind)
                continue;
            if (++count > maxListed)
                continue;
            auto *item = new QTreeWidgetItem(group, {tr("%1 – %2").arg(c.placeName, c.partnerName), c.detail});
            item->setToolTip(1, c.detail);
            item->setData(0, Qt::UserRole, c.partnershipId);
            if (kind == WikidataChange::Kind::NoLongerListed) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(0, c.remove ? Qt::Checked : Qt::Unchecked);
                item->setToolTip(0, tr("Tick to remove this partnership from the atlas"));
            }
        }
        if (count > maxListed)
            new QTreeWidgetItem(group, {tr("… and %n more", nullptr, count - maxListed)});
        group->setText(0, tr("%1 (%2)").arg(title).arg(count));
        group->setExpanded(kind != WikidataChange::Kind::Added || count <= 50);
        if (count == 0)
            delete group;
    }
    if (m_changes->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_changes, {tr("Nothing new: the atlas already has what Wikidata lists.")});
}

void WikidataDialog::updateSummary()
{
    WikidataUpdate *update = m_runner->update();
    if (!update)
        return;
    // A decision in the review may add partnerships: the list follows.
    showChanges();
    const WikidataUpdate::Counts c = update->counts();
    const ImportPlan::Summary s = update->summary();
    QStringList parts{tr("%n new partnerships", nullptr, c.added), tr("%n confirmed", nullptr, c.confirmed)};
    if (c.datesChanged)
        parts << tr("%n with changed dates", nullptr, c.datesChanged);
    if (c.kept)
        parts << tr("%n kept as in your atlas", nullptr, c.kept);
    if (c.noLongerListed)
        parts << tr("%n no longer in Wikidata", nullptr, c.noLongerListed);
    QString text = tr("From %n twinning statements: %1.", nullptr, s.rows).arg(parts.join(QStringLiteral(", ")));
    if (s.placesCreated > 0)
        text += u' ' + tr("%n places new to the atlas are added at Wikidata's coordinates.", nullptr, s.placesCreated);
    const int undecided = s.doubtful + s.unresolved;
    if (undecided > 0)
        text += u' ' + tr("%n places could not be placed for sure: see Places; what you leave undecided "
                          "is left out, and asked again next time.", nullptr, undecided);
    m_summary->setText(text);
    m_tabs->setTabText(1, undecided > 0 ? tr("Places (%n to decide)", nullptr, undecided) : tr("Places"));
}

bool WikidataDialog::commit()
{
    WikidataUpdate *update = m_runner->update();
    if (!update)
        return false;
    // A first fetch of the world writes a few hundred thousand rows: seconds, said by the cursor.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const ChangeSet changes = update->changeSet();
    const WikidataUpdate::Counts counts = update->counts();
    ApplyResult result;
    result.ok = true;
    if (!changes.isEmpty())
        result = m_edits->importPartnerships(changes, tr("Wikidata"), counts.added);
    QGuiApplication::restoreOverrideCursor();
    if (!result.ok) {
        QMessageBox box(QMessageBox::Warning, tr("Nothing was added"), result.errorString(), QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    WikidataSettings::setLastFetch(QDate::currentDate(), m_runner->scope().key());
    // Written: the kept answers of this fetch are spent.
    m_runner->fetch()->clearCache();
    m_resultText = changes.isEmpty() ? tr("Wikidata has nothing new for the atlas.")
                                     : tr("Added %n partnerships from Wikidata", nullptr, counts.added);
    accept();
    return true;
}

bool WikidataDialog::saveReport(const QString &path, QString *error) const
{
    const WikidataUpdate *update = m_runner->update();
    if (!update)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(update->reportCsv()) < 0 || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void WikidataDialog::reject()
{
    // Cancel while fetching stops the fetch and goes back; nothing has been written.
    if (m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace twinatlas
