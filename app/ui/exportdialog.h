// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportchoices.h"
#include "exportcontext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSpinBox;

namespace twinatlas {

class ExportPreview;

/**
 * File → Export map: the format, a size (presets for a newsletter, a social card and paper,
 * or a custom one), which part of the world, a title, the theme, and a live preview drawn by
 * the exporter itself. Export writes the file through MapExporter::exportTo on a worker
 * thread, with a progress dialog should it take long; a failure is explained in a message
 * box that names the file, and the dialog stays open to try another. The choices are
 * remembered for the next export.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const ExportContext &context, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportChoices choices() const { return m_choices; }
    ExportPreview *preview() const { return m_preview; }
    /** Why the last export failed; empty after a success. */
    QString errorString() const { return m_errorString; }

public slots:
    /** Exports; closes the dialog only when the file was written. */
    void accept() override;
    void reject() override;

private:
    void buildForm();
    void showChoices();
    void readForm();
    void browse();
    void formatChosen();
    void pathEdited();
    void updateSizeFields();
    bool writeFile();
    void showError(const QString &message);

    ExportContext m_context;
    ExportChoices m_choices;
    QString m_errorString;
    bool m_exporting = false;
    bool m_showing = false; ///< set while showChoices() fills the form

    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QComboBox *m_formatCombo;
    QComboBox *m_presetCombo;
    QSpinBox *m_widthSpin;
    QSpinBox *m_heightSpin;
    QSpinBox *m_dpiSpin;
    QLabel *m_sizeNote;
    QComboBox *m_extentCombo;
    QLineEdit *m_titleEdit;
    QLineEdit *m_subtitleEdit;
    QComboBox *m_themeCombo;
    QCheckBox *m_transparentCheck;
    ExportPreview *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace twinatlas
