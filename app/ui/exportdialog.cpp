// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "export/mapexporter.h"
#include "exportpreset.h"
#include "exportpreview.h"
#include "mapviewactions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace twinatlas {

namespace {

/** Exports quicker than this show no progress dialog at all. */
constexpr int progressDelayMs = 400;

QString fileFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return ExportDialog::tr("PNG image (*.png)");
    case ExportFormat::Svg:
        return ExportDialog::tr("SVG drawing (*.svg)");
    case ExportFormat::Pdf:
        return ExportDialog::tr("PDF document (*.pdf)");
    }
    return {};
}

QString withSuffix(const QString &path, ExportFormat format)
{
    const QFileInfo info(path);
    QString base = path;
    if (ExportFormats::suffixes().contains(info.suffix().toLower()))
        base.chop(info.suffix().size() + 1);
    return base + QLatin1Char('.') + ExportFormats::suffix(format);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QSpinBox *makeSpin(int min, int max, const QString &suffix, const QString &objectName)
{
    auto *spin = new QSpinBox;
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setObjectName(objectName);
    spin->setGroupSeparatorShown(false);
    return spin;
}

} // namespace

ExportDialog::ExportDialog(const ExportContext &context, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_choices(ExportChoices::load().forContext(context)),
      m_pathEdit(new QLineEdit),
      m_browseButton(new QPushButton(tr("&Browse…"))),
      m_formatCombo(new QComboBox),
      m_presetCombo(new QComboBox),
      m_widthSpin(makeSpin(ExportSize::minPixels, ExportSize::maxPixels, tr(" px"),
                           QStringLiteral("widthSpin"))),
      m_heightSpin(makeSpin(ExportSize::minPixels, ExportSize::maxPixels, tr(" px"),
                            QStringLiteral("heightSpin"))),
      m_dpiSpin(makeSpin(ExportSize::minDpi, ExportSize::maxDpi, tr(" dpi"), QStringLiteral("dpiSpin"))),
      m_sizeNote(new QLabel),
      m_extentCombo(new QComboBox),
      m_titleEdit(new QLineEdit),
      m_subtitleEdit(new QLineEdit),
      m_themeCombo(new QComboBox),
      m_transparentCheck(new QCheckBox(tr("&Transparent background"))),
      m_preview(new ExportPreview(context.makeExporter())),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Export map"));
    setObjectName(QStringLiteral("exportDialog"));
    buildForm();
    showChoices();
    readForm();
    // The title is what is most often changed; Return exports (Ctrl+E, Return: the map of the
    // selected place under its title, in a file named after it).
    m_titleEdit->setFocus();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::buildForm()
{
    m_browseButton->setAutoDefault(false);
    m_pathEdit->setObjectName(QStringLiteral("pathField"));
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_extentCombo->setObjectName(QStringLiteral("extentCombo"));
    m_titleEdit->setObjectName(QStringLiteral("titleField"));
    m_subtitleEdit->setObjectName(QStringLiteral("subtitleField"));
    m_themeCombo->setObjectName(QStringLiteral("themeCombo"));
    m_transparentCheck->setObjectName(QStringLiteral("transparentCheck"));
    m_sizeNote->setObjectName(QStringLiteral("sizeNote"));
    m_sizeNote->setWordWrap(true);

    for (const ExportFormat format : { ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf }) {
        static const char *const names[] = { QT_TR_NOOP("PNG image"), QT_TR_NOOP("SVG drawing"),
                                             QT_TR_NOOP("PDF document") };
        m_formatCombo->addItem(tr(names[int(format)]), int(format));
    }
    for (const ExportPreset &preset : ExportPreset::all())
        m_presetCombo->addItem(preset.label, preset.id);
    m_extentCombo->addItem(tr("The current view"), int(MapExportSettings::Extent::View));
    m_extentCombo->addItem(tr("The whole world"), int(MapExportSettings::Extent::World));
    const bool hasPlace = m_context.selectedPlace != 0 || m_context.selectedPosition;
    m_extentCombo->addItem(hasPlace && !m_context.selectedName.isEmpty()
                                   ? tr("%1 and its partners").arg(m_context.selectedName)
                                   : tr("The selected place and its partners"),
                           int(MapExportSettings::Extent::Fit));
    if (!hasPlace) {
        // Listed but disabled, so that the user learns the choice exists.
        if (auto *model = qobject_cast<QStandardItemModel *>(m_extentCombo->model()))
            model->item(m_extentCombo->count() - 1)->setEnabled(false);
    }
    m_titleEdit->setPlaceholderText(tr("No title"));
    m_subtitleEdit->setPlaceholderText(tr("No subtitle"));
    m_themeCombo->addItem(tr("As on screen (%1)").arg(MapViewActions::themeName(m_context.screenTheme.id)),
                          false);
    m_themeCombo->addItem(tr("Print: white paper, strong lines"), true);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_widthSpin);
    sizeRow->addWidget(new QLabel(tr("×", "width × height")));
    sizeRow->addWidget(m_heightSpin);
    sizeRow->addWidget(m_dpiSpin);
    sizeRow->addStretch(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A row whose field is a layout gets no buddy of its own: the label needs one for Alt+F.
    auto *pathLabel = new QLabel(tr("&File:"));
    pathLabel->setBuddy(m_pathEdit);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("F&ormat:"), m_formatCombo);
    form->addRow(tr("&Size:"), m_presetCombo);
    form->addRow(QString(), sizeRow);
    form->addRow(QString(), m_sizeNote);
    form->addRow(tr("&Area:"), m_extentCombo);
    form->addRow(tr("T&itle:"), m_titleEdit);
    form->addRow(tr("S&ubtitle:"), m_subtitleEdit);
    form->addRow(tr("T&heme:"), m_themeCombo);
    form->addRow(QString(), m_transparentCheck);

    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));

    auto *columns = new QHBoxLayout;
    auto *formBox = new QWidget;
    formBox->setObjectName(QStringLiteral("exportForm"));
    formBox->setLayout(form);
    formBox->setMinimumWidth(380);
    form->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(formBox, 0, Qt::AlignTop);
    columns->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    // Default only once the button is in the dialog: before, the dialog does not learn of it
    // and the first button to have had the focus (Cancel) takes Return instead.
    exportButton->setDefault(true);
    resize(980, 540);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_pathEdit, &QLineEdit::textEdited, this, &ExportDialog::pathEdited);
    connect(m_formatCombo, qOverload<int>(&QComboBox::activated), this, &ExportDialog::formatChosen);
    for (QComboBox *combo : { m_presetCombo, m_extentCombo, m_themeCombo })
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportDialog::readForm);
    for (QSpinBox *spin : { m_widthSpin, m_heightSpin, m_dpiSpin })
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &ExportDialog::readForm);
    for (QLineEdit *edit : { m_titleEdit, m_subtitleEdit })
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::readForm);
    connect(m_transparentCheck, &QCheckBox::toggled, this, &ExportDialog::readForm);
}

/** Fills the form from m_choices. */
void ExportDialog::showChoices()
{
    m_showing = true;
    m_pathEdit->setText(QDir::toNativeSeparators(m_choices.path));
    selectData(m_formatCombo, int(m_choices.format));
    selectData(m_presetCombo, m_choices.presetId);
    m_widthSpin->setValue(m_choices.customPixels.width());
    m_heightSpin->setValue(m_choices.customPixels.height());
    m_dpiSpin->setValue(m_choices.customDpi);
    const int extent = m_extentCombo->findData(int(m_choices.extent));
    const auto *model = qobject_cast<QStandardItemModel *>(m_extentCombo->model());
    m_extentCombo->setCurrentIndex(extent >= 0 && (!model || model->item(extent)->isEnabled()) ? extent : 0);
    m_titleEdit->setText(m_choices.title);
    m_subtitleEdit->setText(m_choices.subtitle);
    selectData(m_themeCombo, m_choices.printTheme);
    m_transparentCheck->setChecked(m_choices.transparent);
    m_showing = false;
}

/** Reads the form into m_choices and shows what follows from them. */
void ExportDialog::readForm()
{
    if (m_showing)
        return;
    m_choices.path = QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
    m_choices.format = ExportFormat(m_formatCombo->currentData().toInt());
    m_choices.presetId = m_presetCombo->currentData().toString();
    if (m_choices.presetId == ExportPreset::customId()) {
        m_choices.customPixels = QSize(m_widthSpin->value(), m_heightSpin->value());
        m_choices.customDpi = m_dpiSpin->value();
    }
    m_choices.extent = MapExportSettings::Extent(m_extentCombo->currentData().toInt());
    m_choices.title = m_titleEdit->text();
    m_choices.subtitle = m_subtitleEdit->text();
    m_choices.printTheme = m_themeCombo->currentData().toBool();
    m_choices.transparent = m_transparentCheck->isChecked();
    updateSizeFields();
    m_preview->setSettings(m_choices.settings(m_context));
}

void ExportDialog::updateSizeFields()
{
    const bool custom = m_choices.presetId == ExportPreset::customId();
    const ExportSize size = m_choices.size();
    m_showing = true;
    for (QSpinBox *spin : { m_widthSpin, m_heightSpin, m_dpiSpin })
        spin->setEnabled(custom);
    if (!custom) {
        m_widthSpin->setValue(size.pixelSize().width());
        m_heightSpin->setValue(size.pixelSize().height());
        m_dpiSpin->setValue(qRound(size.dpi()));
    }
    m_showing = false;
    m_transparentCheck->setEnabled(m_choices.canBeTransparent());

    const QSize pixels = size.pixelSize();
    const bool tooLarge = ExportFormats::isRaster(m_choices.format)
            && qint64(pixels.width()) * pixels.height() > ExportSize::maxImagePixels;
    if (tooLarge)
        m_sizeNote->setText(tr("%1 × %2 pixels is more than a PNG can be made of here: choose a "
                               "smaller size or a lower resolution.")
                                    .arg(pixels.width())
                                    .arg(pixels.height()));
    else if (size.isPaper())
        m_sizeNote->setText(tr("%1 × %2 pixels").arg(pixels.width()).arg(pixels.height()));
    else
        m_sizeNote->setText(tr("%1 × %2 cm when printed at %3 dpi")
                                    .arg(pixels.width() * 2.54 / size.dpi(), 0, 'f', 1)
                                    .arg(pixels.height() * 2.54 / size.dpi(), 0, 'f', 1)
                                    .arg(qRound(size.dpi())));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_exporting);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!tooLarge && !m_exporting);
    }
}

void ExportDialog::pathEdited()
{
    // A name ending in .svg chooses SVG; the format menu follows what is typed.
    if (const auto format = ExportFormats::fromFileName(m_pathEdit->text()))
        selectData(m_formatCombo, int(*format));
    readForm();
}

void ExportDialog::formatChosen()
{
    const auto format = ExportFormat(m_formatCombo->currentData().toInt());
    if (!m_pathEdit->text().trimmed().isEmpty())
        m_pathEdit->setText(withSuffix(m_pathEdit->text().trimmed(), format));
    readForm();
}

void ExportDialog::browse()
{
    QStringList filters;
    for (const ExportFormat format : { ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf })
        filters << fileFilter(format);
    QString filter = fileFilter(m_choices.format);
    QString path = QFileDialog::getSaveFileName(this, tr("Export map"), m_choices.path,
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!ExportFormats::fromFileName(path))
        path = withSuffix(path, ExportFormat(filters.indexOf(filter) < 0 ? 0 : filters.indexOf(filter)));
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    pathEdited();
}

void ExportDialog::accept()
{
    if (m_exporting)
        return;
    readForm();
    if (!writeFile())
        return;
    m_choices.save();
    QDialog::accept();
}

void ExportDialog::reject()
{
    // The worker writes into a file this dialog names; it is not interrupted halfway.
    if (m_exporting)
        return;
    QDialog::reject();
}

bool ExportDialog::writeFile()
{
    m_errorString.clear();
    if (m_choices.path.isEmpty()) {
        showError(tr("Choose the file to write the map to."));
        return false;
    }
    const QString path = QDir::home().absoluteFilePath(m_choices.path);
    const std::shared_ptr<MapExporter> exporter = m_context.makeExporter();
    exporter->setSettings(m_choices.settings(m_context));

    m_exporting = true;
    findChild<QWidget *>(QStringLiteral("exportForm"))->setEnabled(false);
    updateSizeFields();
    QProgressDialog progress(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), QString(), 0, 0,
                             this);
    progress.setWindowTitle(tr("Export map"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(progressDelayMs);
    progress.setValue(0);

    // Large pages take seconds: the window stays responsive and shows that work is going on.
    QFutureWatcher<bool> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<bool>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([exporter, path] { return exporter->exportTo(path); }));
    if (!watcher.isFinished())
        loop.exec();
    const bool written = watcher.result();
    progress.close();

    m_exporting = false;
    findChild<QWidget *>(QStringLiteral("exportForm"))->setEnabled(true);
    updateSizeFields();
    if (!written)
        showError(exporter->errorString());
    return written;
}

void ExportDialog::showError(const QString &message)
{
    m_errorString = message;
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Export map"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace twinatlas
