#include "fieldinputs.h"

#include "objectform.h"
#include "objectlisteditor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>

namespace ocpi {

namespace {

enum class Shape { Text, WholeNumber, Number };

Shape shapeOf(const QString &type)
{
    if (type == QLatin1String("int"))
        return Shape::WholeNumber;
    if (type == QLatin1String("number"))
        return Shape::Number;
    return Shape::Text;
}

// A JSON value as the operator reads and types it: numbers in their shortest exact form.
QString displayed(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString();
}

// Typed text as JSON. A number is read in the C locale or the operator's own ("0,25"); what is no
// number stays a string, and the validator then says "Enter a number." at the field.
QJsonValue typed(const QString &text, Shape shape)
{
    if (shape == Shape::Text)
        return text;
    const QString trimmed = text.trimmed();
    bool ok = false;
    if (shape == Shape::WholeNumber) {
        const qint64 whole = QLocale::c().toLongLong(trimmed, &ok);
        if (ok)
            return QJsonValue(whole);
    }
    double number = QLocale::c().toDouble(trimmed, &ok);
    if (!ok)
        number = QLocale().toDouble(trimmed, &ok);
    return ok ? QJsonValue(number) : QJsonValue(text);
}

class TextInput : public FieldInput
{
public:
    TextInput(const FieldSpec &spec, QWidget *parent)
        : m_edit(new QLineEdit(parent)), m_shape(shapeOf(spec.type)),
          m_maxLength(m_shape == Shape::Text && spec.maxLength > 0 ? spec.maxLength : -1)
    {
        if (spec.type == QLatin1String("DateTime"))
            m_edit->setPlaceholderText(QCoreApplication::translate("ocpi::FieldInput", "UTC, e.g. 2025-01-31T14:30:00Z"));
        else if (m_shape == Shape::WholeNumber)
            m_edit->setPlaceholderText(QCoreApplication::translate("ocpi::FieldInput", "whole number"));
        else if (m_shape == Shape::Number)
            m_edit->setPlaceholderText(QCoreApplication::translate("ocpi::FieldInput", "number, e.g. 0.2500"));
        else if (spec.type == QLatin1String("URL"))
            m_edit->setPlaceholderText(QCoreApplication::translate("ocpi::FieldInput", "https://…"));
        if (m_maxLength > 0)
            m_edit->setMaxLength(m_maxLength);
    }

    QWidget *widget() const override { return m_edit; }
    void setValue(const QJsonValue &value) override
    {
        const QString text = displayed(value);
        // A stored value longer than the limit is shown whole (QLineEdit would cut it silently);
        // the validator then says how long it may be.
        if (m_maxLength > 0)
            m_edit->setMaxLength(qMax(m_maxLength, int(text.size())));
        m_edit->setText(text);
    }
    QJsonValue value() const override
    {
        const QString text = m_edit->text();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : typed(text, m_shape);
    }
    void setReadOnly(bool readOnly) override { m_edit->setReadOnly(readOnly); }

private:
    QLineEdit *m_edit;
    Shape m_shape;
    int m_maxLength;
};

// An enum or a boolean: the listed values and "(not set)". A stored value outside the list is
// added as it is, so nothing is lost and the validator names it.
class ChoiceInput : public FieldInput
{
public:
    ChoiceInput(const FieldSpec &spec, QWidget *parent) : m_combo(new QComboBox(parent))
    {
        m_combo->addItem(QCoreApplication::translate("ocpi::FieldInput", "(not set)"));
        if (spec.type == QLatin1String("boolean")) {
            m_combo->addItem(QCoreApplication::translate("ocpi::FieldInput", "Yes"), QVariant::fromValue(QJsonValue(true)));
            m_combo->addItem(QCoreApplication::translate("ocpi::FieldInput", "No"), QVariant::fromValue(QJsonValue(false)));
        } else {
            for (const QString &name : OcpiSchema::get().enumValues(spec.type))
                m_combo->addItem(name, QVariant::fromValue(QJsonValue(name)));
        }
    }

    QWidget *widget() const override { return m_combo; }
    void setValue(const QJsonValue &value) override
    {
        if (value.isUndefined() || value.isNull()) {
            m_combo->setCurrentIndex(0);
            return;
        }
        const QVariant data = QVariant::fromValue(value);
        int index = m_combo->findData(data);
        if (index < 0) {
            m_combo->addItem(displayed(value), data);
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(index);
    }
    QJsonValue value() const override
    {
        const QVariant data = m_combo->currentData();
        return data.isValid() ? data.value<QJsonValue>() : QJsonValue(QJsonValue::Undefined);
    }
    void setReadOnly(bool readOnly) override { m_combo->setEnabled(!readOnly); }

private:
    QComboBox *m_combo;
};

// A list of enum values (capabilities, facilities, day_of_week) as a check list.
class EnumListInput : public FieldInput
{
public:
    EnumListInput(const FieldSpec &spec, QWidget *parent) : m_list(new QListWidget(parent))
    {
        for (const QString &name : OcpiSchema::get().enumValues(spec.type))
            addItem(name, false);
        m_list->setMaximumHeight(m_list->sizeHintForRow(0) * qMin(6, m_list->count()) + 8);
    }

    QWidget *widget() const override { return m_list; }
    void setValue(const QJsonValue &value) override
    {
        for (int row = 0; row < m_list->count(); ++row)
            m_list->item(row)->setCheckState(Qt::Unchecked);
        for (const QJsonValue &entry : value.toArray()) {
            const auto found = m_list->findItems(entry.toString(), Qt::MatchExactly);
            if (found.isEmpty())
                addItem(entry.toString(), true);
            else
                found.first()->setCheckState(Qt::Checked);
        }
    }
    QJsonValue value() const override
    {
        QJsonArray checked;
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->checkState() == Qt::Checked)
                checked.append(m_list->item(row)->text());
        }
        return checked.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(checked);
    }
    void setReadOnly(bool readOnly) override { m_list->setEnabled(!readOnly); }

private:
    void addItem(const QString &name, bool checked)
    {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }

    QListWidget *m_list;
};

// A list of strings or numbers (tariff_ids): one entry per line.
class TextListInput : public FieldInput
{
public:
    TextListInput(const FieldSpec &spec, QWidget *parent)
        : m_edit(new QPlainTextEdit(parent)), m_shape(shapeOf(spec.type))
    {
        m_edit->setTabChangesFocus(true);
        m_edit->setPlaceholderText(QCoreApplication::translate("ocpi::FieldInput", "one per line"));
        m_edit->setMaximumHeight(m_edit->fontMetrics().lineSpacing() * 4 + 12);
    }

    QWidget *widget() const override { return m_edit; }
    void setValue(const QJsonValue &value) override
    {
        QStringList lines;
        for (const QJsonValue &entry : value.toArray())
            lines.append(displayed(entry));
        m_edit->setPlainText(lines.join(QLatin1Char('\n')));
    }
    QJsonValue value() const override
    {
        QJsonArray entries;
        const QStringList lines = m_edit->toPlainText().split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty())
                entries.append(typed(line.trimmed(), m_shape));
        }
        return entries.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(entries);
    }
    void setReadOnly(bool readOnly) override { m_edit->setReadOnly(readOnly); }

private:
    QPlainTextEdit *m_edit;
    Shape m_shape;
};

} // namespace

std::unique_ptr<FieldInput> makeFieldInput(const FieldSpec &spec, QWidget *parent)
{
    const OcpiSchema &schema = OcpiSchema::get();
    const bool isEnum = schema.hasEnum(spec.type);
    if (schema.hasObject(spec.type)) {
        if (spec.isList())
            return makeObjectListInput(spec, parent);
        return makeObjectInput(spec, parent);
    }
    if (spec.isList()) {
        if (isEnum)
            return std::make_unique<EnumListInput>(spec, parent);
        return std::make_unique<TextListInput>(spec, parent);
    }
    if (isEnum || spec.type == QLatin1String("boolean"))
        return std::make_unique<ChoiceInput>(spec, parent);
    return std::make_unique<TextInput>(spec, parent);
}

} // namespace ocpi
