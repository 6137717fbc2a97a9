#include "objecteditordialog.h"

#include "core/datetime.h"
#include "objectrow.h"
#include "runtime/modulelist.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ocpi {

namespace {

const QString kLastUpdated = QStringLiteral("last_updated");

} // namespace

ObjectEditorDialog::ObjectEditorDialog(ObjectsController &objects, const QString &module, Mode mode,
                                       const QJsonObject &seed, const QString &note, QWidget *parent)
    : QDialog(parent), m_objects(objects), m_module(module), m_mode(mode), m_seed(seed)
{
    const auto definition = objectModule(module);
    const QString object = definition ? definition->objectName : module;
    setWindowTitle(mode == Mode::Create ? tr("New %1").arg(object) : tr("Edit %1").arg(object));

    auto *hint = new QLabel(mode == Mode::Create
                                ? tr("The %1 as OCPI 2.2.1 JSON. It is checked like a partner's PUT, stored, and "
                                     "sent to every partner that receives %2.")
                                      .arg(object, module)
                                : tr("Changes are checked like a partner's PUT, stored, and sent to every partner "
                                     "that receives %1. The id cannot change.")
                                      .arg(module),
                            this);
    if (!note.isEmpty())
        hint->setText(hint->text() + QLatin1Char(' ') + note);
    hint->setWordWrap(true);

    m_editor = new QPlainTextEdit(this);
    m_editor->setAccessibleName(tr("Object as JSON"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(false);
    m_editor->setPlainText(ObjectRow::prettyJson(seed));

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ObjectEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ObjectEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(640, 560);
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
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!saving);
}

QString ObjectEditorDialog::keyChange(const QJsonObject &object) const
{
    const auto definition = objectModule(m_module);
    if (!definition)
        return QString();
    QStringList fields{QStringLiteral("country_code"), QStringLiteral("party_id"), definition->idField};
    if (definition->keyHasType)
        fields << QStringLiteral("type");
    for (const QString &field : std::as_const(fields)) {
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
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        showMessage(tr("Not valid JSON at character %1: %2").arg(parseError.offset).arg(parseError.errorString()), true);
        return;
    }
    if (!document.isObject()) {
        showMessage(tr("Expected one JSON object"), true);
        return;
    }
    QJsonObject object = document.object();
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
            return;
        }
        showMessage(QString(), false);
        emit this->saved(*saved);
        QDialog::accept();
    });
}

} // namespace ocpi
