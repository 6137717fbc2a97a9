#include "objecteditordialog.h"

#include "core/datetime.h"
#include "fieldwords.h"
#include "objectform.h"
#include "objectrow.h"
#include "ocpi/validator.h"
#include "runtime/modulelist.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ocpi {

namespace {

const QString kLastUpdated = QStringLiteral("last_updated");

// "evses[1].connectors[0].max_voltage" -> "EVSEs 2 › Connectors 1 › Max voltage" (counting from 1).
QString describePath(const QString &path, const QString &objectName)
{
    static const QRegularExpression segment(QStringLiteral("([A-Za-z0-9_]+)|\\[(\\d+)\\]"));
    QStringList parts;
    for (auto it = segment.globalMatch(path); it.hasNext();) {
        const auto match = it.next();
        if (match.hasCaptured(1))
            parts.append(fieldwords::label(match.captured(1)));
        else if (!parts.isEmpty())
            parts.last() += QLatin1Char(' ') + QString::number(match.captured(2).toInt() + 1);
    }
    return parts.isEmpty() ? objectName : parts.join(QStringLiteral(" › "));
}

} // namespace

ObjectEditorDialog::ObjectEditorDialog(ObjectsController &objects, const QString &module, Mode mode,
                                       const QJsonObject &seed, const QString &note, QWidget *parent)
    : QDialog(parent), m_objects(objects), m_module(module), m_mode(mode), m_seed(seed)
{
    const auto definition = objectModule(module);
    const QString object = definition ? definition->objectName : module;
    setWindowTitle(mode == Mode::Create ? tr("New %1").arg(object) : tr("Edit %1").arg(object));

    auto *hint = new QLabel(mode == Mode::Create
                                ? tr("Fields marked * are required. The %1 is checked like a partner's PUT, "
                                     "stored, and sent to every partner that receives %2.")
                                      .arg(object, module)
                                : tr("Changes are checked like a partner's PUT, stored, and sent to every partner "
                                     "that receives %1. The id cannot change.")
                                      .arg(module),
                            this);
    if (!note.isEmpty())
        hint->setText(hint->text() + QLatin1Char(' ') + note);
    hint->setWordWrap(true);

    m_form = new ObjectForm(object, this);
    m_form->setObject(seed);
    if (mode == Mode::Edit) {
        const QStringList key = keyFields();
        m_form->setReadOnlyFields(QSet<QString>(key.begin(), key.end()));
    }
    m_formArea = new QScrollArea(this);
    m_formArea->setWidgetResizable(true);
    m_formArea->setWidget(m_form);

    m_problems = new QListWidget(this);
    m_problems->setAccessibleName(tr("Problems to fix"));
    m_problems->setToolTip(tr("Press Enter or double-click to go to the field"));
    m_problems->hide();
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { focusProblem(item->data(Qt::UserRole).toString()); });

    auto *formTab = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formTab);
    formLayout->addWidget(m_problems);
    formLayout->addWidget(m_formArea, 1);

    m_editor = new QPlainTextEdit(this);
    m_editor->setAccessibleName(tr("%1 as OCPI 2.2.1 JSON").arg(object));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(false);
    m_jsonShown = ObjectRow::prettyJson(seed);
    m_editor->setPlainText(m_jsonShown);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(formTab, tr("&Form"));
    m_tabs->addTab(m_editor, tr("&JSON (advanced)"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ObjectEditorDialog::tabChanged);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ObjectEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ObjectEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(720, 680);
}

QString ObjectEditorDialog::message() const
{
    return m_message->text();
}

void ObjectEditorDialog::showMessage(const QString &text, bool failure)
{
    m_message->setStyleSheet(failure ? QStringLiteral("color: #b02020") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ObjectEditorDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_editor->setReadOnly(saving);
    m_form->setEnabled(!saving);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!saving);
}

void ObjectEditorDialog::tabChanged(int index)
{
    if (index == JsonTab) {
        m_jsonShown = ObjectRow::prettyJson(m_form->object());
        m_editor->setPlainText(m_jsonShown);
        return;
    }
    if (m_editor->toPlainText() == m_jsonShown)
        return; // nothing typed there: the form keeps its state (selected items, problems shown)
    const auto object = parsedJson();
    if (!object) {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(JsonTab);
        return;
    }
    showMessage(QString(), false);
    m_form->setObject(*object);
    m_form->clearProblems();
    m_problems->clear();
    m_problems->hide();
    m_jsonShown = m_editor->toPlainText();
}

std::optional<QJsonObject> ObjectEditorDialog::parsedJson()
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        showMessage(tr("Not valid JSON at character %1: %2").arg(parseError.offset).arg(parseError.errorString()), true);
        return std::nullopt;
    }
    if (!document.isObject()) {
        showMessage(tr("Expected one JSON object"), true);
        return std::nullopt;
    }
    return document.object();
}

bool ObjectEditorDialog::formIsValid(const QJsonObject &object)
{
    const QList<ValidationProblem> problems = validationProblems(m_form->schemaObject(), object);
    showProblems(problems);
    if (!problems.isEmpty())
        showMessage(tr("%n problem(s) to fix; nothing was sent.", nullptr, int(problems.size())), true);
    return problems.isEmpty();
}

bool ObjectEditorDialog::showRefusalAtField(const QString &message)
{
    // The node's messages start with the path of the field they are about, as the validator's do
    // ("evses[0].connectors[0].tariff_ids[0]: no tariff ..."); others name no single field.
    static const QRegularExpression fieldPath(QStringLiteral("^([a-z_]+(?:\\[\\d+\\])*(?:\\.[a-z_]+(?:\\[\\d+\\])*)*): (.+)$"),
                                              QRegularExpression::DotMatchesEverythingOption);
    const auto match = fieldPath.match(message);
    if (!match.hasMatch() || !m_form->reveal(match.captured(1)))
        return false;
    showProblems({ValidationProblem{match.captured(1), match.captured(2)}});
    return true;
}

void ObjectEditorDialog::showProblems(const QList<ValidationProblem> &problems)
{
    m_form->clearProblems();
    m_problems->clear();
    for (const ValidationProblem &problem : problems) {
        m_form->showProblem(problem.path, problem.message);
        auto *item = new QListWidgetItem(tr("%1: %2").arg(describePath(problem.path, m_form->schemaObject()),
                                                          fieldwords::problem(problem.message)),
                                         m_problems);
        item->setData(Qt::UserRole, problem.path);
        item->setToolTip(problem.message); // the validator's own words, as partners would read them
    }
    m_problems->setFixedHeight(m_problems->fontMetrics().height() * qBound(1, int(problems.size()), 6)
                               + 2 * m_problems->frameWidth() + 8);
    m_problems->setVisible(!problems.isEmpty());
}

void ObjectEditorDialog::focusProblem(const QString &path)
{
    QWidget *field = m_form->reveal(path);
    if (!field)
        return;
    m_formArea->ensureWidgetVisible(field);
    field->setFocus(Qt::OtherFocusReason);
}

QStringList ObjectEditorDialog::keyFields() const
{
    const auto definition = objectModule(m_module);
    if (!definition)
        return {};
    QStringList fields{QStringLiteral("country_code"), QStringLiteral("party_id"), definition->idField};
    if (definition->keyHasType)
        fields << QStringLiteral("type");
    return fields;
}

QString ObjectEditorDialog::keyChange(const QJsonObject &object) const
{
    const QStringList fields = keyFields();
    for (const QString &field : fields) {
        if (object.value(field).toString().compare(m_seed.value(field).toString(), Qt::CaseInsensitive) != 0)
            return tr("%1: cannot change from '%2' when editing; use New for another object")
                .arg(field, m_seed.value(field).toString());
    }
    return QString();
}

void ObjectEditorDialog::accept()
{
    if (m_saving)
        return;
    QJsonObject object;
    if (m_tabs->currentIndex() == FormTab) {
        object = m_form->object();
        if (!formIsValid(object))
            return;
    } else {
        const auto parsed = parsedJson();
        if (!parsed)
            return;
        object = *parsed;
    }
    if (m_mode == Mode::Edit) {
        if (const QString change = keyChange(object); !change.isEmpty()) {
            showMessage(change, true);
            return;
        }
    }
    if (object.value(kLastUpdated) == m_seed.value(kLastUpdated))
        object.insert(kLastUpdated, formatDateTime(QDateTime::currentDateTimeUtc()));

    setSaving(true);
    showMessage(tr("Saving…"), false);
    const auto write = m_mode == Mode::Create ? ObjectsController::Write::Create : ObjectsController::Write::Replace;
    m_objects.putOwn(m_module, object, write, this, [this](Result<ObjectsController::Saved> saved) {
        setSaving(false);
        if (!saved) {
            // The validator's message names the field, e.g. "evses[0].status: ...".
            showMessage(tr("Not saved: %1").arg(saved.error().message), true);
            if (m_tabs->currentIndex() == FormTab)
                showRefusalAtField(saved.error().message);
            return;
        }
        showMessage(QString(), false);
        emit this->saved(*saved);
        QDialog::accept();
    });
}

} // namespace ocpi
