// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "atlasedits.h"
#include "db/atlasdatabase.h"
#include "importpreviewpage.h"
#include "importreviewpage.h"
#include "importrunner.h"
#include "importsourcepage.h"
#include "io/savefile.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSet>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twinatlas {

ImportDialog::ImportDialog(AtlasDatabase &atlas, AtlasEdits *edits, QWidget *parent)
    : QDialog(parent),
      m_edits(edits),
      m_runner(new ImportRunner(atlas, this)),
      m_pages(new QStackedWidget(this)),
      m_source(new ImportSourcePage(atlas.connection(), m_pages)),
      m_preview(new ImportPreviewPage(m_pages)),
      m_working(new QWidget(m_pages)),
      m_workingLabel(new QLabel(m_working)),
      m_progress(new QProgressBar(m_working)),
      m_review(new ImportReviewPage(m_pages)),
      m_back(new QPushButton(tr("< &Back"), this)),
      m_next(new QPushButton(tr("&Next >"), this)),
      m_import(new QPushButton(tr("&Import"), this)),
      m_report(new QPushButton(tr("Save &report…"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import partnerships"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_workingLabel->setObjectName(QStringLiteral("importWorkingLabel"));
    auto *workingLayout = new QVBoxLayout(m_working);
    workingLayout->addStretch(1);
    workingLayout->addWidget(m_workingLabel);
    workingLayout->addWidget(m_progress);
    workingLayout->addStretch(2);
    m_pages->addWidget(m_source);
    m_pages->addWidget(m_preview);
    m_pages->addWidget(m_working);
    m_pages->addWidget(m_review);

    m_back->setObjectName(QStringLiteral("importBackButton"));
    m_next->setObjectName(QStringLiteral("importNextButton"));
    m_import->setObjectName(QStringLiteral("importCommitButton"));
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_import->setToolTip(tr("Write the rows to import into the atlas, as one step that Undo takes back"));
    m_report->setObjectName(QStringLiteral("importReportButton"));
    m_report->setToolTip(tr("Save every row of the list and what became of it as CSV"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_report, QDialogButtonBox::HelpRole);
    buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(1100, 680);

    connect(m_back, &QPushButton::clicked, this, &ImportDialog::back);
    connect(m_next, &QPushButton::clicked, this, &ImportDialog::next);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::commit);
    connect(m_report, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save import report"),
                                                          QFileInfo(m_runner->listName()).completeBaseName()
                                                                  + tr("-report.csv"),
                                                          tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !saveReport(path, &error))
            QMessageBox::warning(this, tr("Report not saved"), error);
    });
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_source, &ImportSourcePage::changed, this, &ImportDialog::updateButtons);
    connect(m_preview, &ImportPreviewPage::readAgainRequested, this, [this] { run(false); });
    connect(m_preview, &ImportPreviewPage::mappingChanged, this, &ImportDialog::updateButtons);
    connect(m_review, &ImportReviewPage::placeShown, this, &ImportDialog::placeShown);
    connect(m_review, &ImportReviewPage::candidatesShown, this, &ImportDialog::candidatesShown);
    connect(m_review, &ImportReviewPage::planChanged, this, &ImportDialog::updateButtons);
    connect(m_runner, &ImportRunner::progress, this, &ImportDialog::showProgress);
    connect(m_runner, &ImportRunner::finished, this, &ImportDialog::runFinished);
    setStep(Step::Source);
}

ImportDialog::~ImportDialog()
{
    // The review shows the runner's plan: forget it before the runner goes.
    m_review->setPlan(nullptr);
}

void ImportDialog::setStep(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    updateButtons();
}

void ImportDialog::updateButtons()
{
    m_back->setEnabled(m_step == Step::Preview || m_step == Step::Review);
    m_next->setVisible(m_step != Step::Review);
    m_next->setText(m_step == Step::Preview ? tr("&Resolve >") : tr("&Next >"));
    m_next->setEnabled((m_step == Step::Source && m_source->isComplete())
                       || (m_step == Step::Preview && m_preview->isReady()));
    m_import->setVisible(m_step == Step::Review);
    m_report->setVisible(m_step == Step::Review);
    m_import->setEnabled(m_step == Step::Review && m_runner->plan() != nullptr);
    m_import->setDefault(m_step == Step::Review);
    m_next->setDefault(m_step != Step::Review);
}

ListReader::Options ImportDialog::sourceOptions() const
{
    ListReader::Options options;
    if (m_source->isPaste()) {
        options.format = ImportFormat::Paste;
        options.home = m_source->homeText();
    }
    return options;
}

void ImportDialog::next()
{
    switch (m_step) {
    case Step::Source:
        if (!m_source->isComplete())
            return;
        m_source->setError(QString());
        if (m_source->isPaste())
            m_runner->setBytes(m_source->pastedText().toUtf8(), tr("pasted list"));
        else
            m_runner->setFile(m_source->filePath());
        run(false);
        break;
    case Step::Preview: run(true); break;
    case Step::Working:
    case Step::Review: break;
    }
}

void ImportDialog::back()
{
    if (m_step == Step::Preview)
        setStep(Step::Source);
    else if (m_step == Step::Review)
        setStep(Step::Preview);
}

void ImportDialog::run(bool resolve)
{
    if (m_runner->isRunning())
        return;
    ListReader::Options options = sourceOptions();
    if (m_step == Step::Preview) {
        options = m_preview->options(options);
        if (resolve)
            options.columns = m_preview->columns();
    }
    m_returnStep = m_step == Step::Working ? m_returnStep : m_step;
    m_resolving = resolve;
    m_review->setPlan(nullptr); // the runner's plan is about to be replaced
    m_workingLabel->setText(tr("Reading %1…").arg(m_runner->listName()));
    m_progress->setRange(0, 0);
    setStep(Step::Working);
    m_runner->start(options, resolve);
}

void ImportDialog::showProgress(int stage, int done, int total)
{
    switch (ImportJob::Stage(stage)) {
    case ImportJob::Stage::Reading: m_workingLabel->setText(tr("Reading %1…").arg(m_runner->listName())); break;
    case ImportJob::Stage::Loading: m_workingLabel->setText(tr("Loading the gazetteer…")); break;
    case ImportJob::Stage::Resolving:
        m_workingLabel->setText(tr("Finding %n places in the gazetteer…", nullptr, total));
        break;
    case ImportJob::Stage::Writing: break;
    }
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
}

void ImportDialog::runFinished(bool ok, const QString &error)
{
    const ListReader *reader = m_runner->reader();
    if (ok && m_resolving) {
        applyHomeChoice();
        m_review->setPlan(m_runner->plan());
        setStep(Step::Review);
        return;
    }
    if (m_runner->wasCancelled()) {
        setStep(m_returnStep);
        if (m_returnStep == Step::Source)
            m_source->setError(error);
        else
            m_preview->setError(error);
        return;
    }
    // A list read (even one whose columns say nothing usable yet) is shown to be corrected;
    // one that could not be read at all goes back to its source with the fault's place.
    const bool readable = reader && (reader->table().columnCount() > 0 || !reader->records().isEmpty());
    if (readable && (ok || reader->fault().line == 0)) {
        m_preview->showReader(*reader, m_runner->listName(), error);
        setStep(Step::Preview);
        return;
    }
    if (m_returnStep == Step::Preview && reader && reader->table().columnCount() > 0) {
        m_preview->setError(error);
        setStep(Step::Preview);
        return;
    }
    m_source->setError(error);
    setStep(Step::Source);
}

void ImportDialog::applyHomeChoice()
{
    ImportPlan *plan = m_runner->plan();
    const qint64 home = m_source->isPaste() ? m_source->homePlaceId() : 0;
    const int place = home ? m_runner->index().indexOfId(home) : -1;
    if (!plan || place < 0)
        return;
    QSet<int> done;
    for (int r = 0; r < plan->records().size(); ++r) {
        const int reference = plan->placeReferenceOf(r);
        if (!done.contains(reference)) {
            plan->choose(reference, place);
            done.insert(reference);
        }
    }
}

bool ImportDialog::commit()
{
    ImportPlan *plan = m_runner->plan();
    if (!plan)
        return false;
    const ImportPlan::Summary summary = plan->summary();
    const ChangeSet changes = plan->changes();
    if (changes.isEmpty()) {
        QMessageBox::information(this, tr("Nothing to import"),
                                 tr("No row of the list adds anything to the atlas."));
        return false;
    }
    const ApplyResult result = m_edits->importPartnerships(changes, m_runner->listName(), summary.pairsImported);
    if (!result.ok) {
        QMessageBox::warning(this, tr("Nothing was imported"), result.errorString());
        return false;
    }
    m_resultText = tr("Imported %n partnerships from %1", nullptr, summary.pairsImported).arg(m_runner->listName());
    accept();
    return true;
}

bool ImportDialog::saveReport(const QString &path, QString *error) const
{
    const ImportPlan *plan = m_runner->plan();
    if (!plan)
        return false;
    QString reason;
    if (!SaveFile::write(path, plan->reportCsv(), &reason)) {
        *error = tr("%1 cannot be written: %2").arg(path, reason);
        return false;
    }
    return true;
}

void ImportDialog::reject()
{
    // Cancel while the worker runs stops it and goes back; nothing has been written.
    if (m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace twinatlas
