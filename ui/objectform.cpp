#include "objectform.h"

#include "fieldwords.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ocpi {

namespace {

const QString kProblemStyle = QStringLiteral("color: #b02020");

bool isNested(const FieldSpec &spec)
{
    return OcpiSchema::get().hasObject(spec.type);
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(kProblemStyle);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void appendLine(QLabel *label, const QString &line)
{
    label->setText(label->text().isEmpty() ? line : label->text() + QLatin1Char('\n') + line);
    label->show();
}

class ObjectInput : public FieldInput
{
public:
    ObjectInput(const FieldSpec &spec, QWidget *parent)
        : m_box(new QGroupBox(fieldTitle(spec), parent)), m_form(new ObjectForm(spec.type, m_box))
    {
        m_box->setAccessibleName(fieldwords::label(spec.name));
        m_box->setCheckable(!spec.isRequired());
        auto *layout = new QVBoxLayout(m_box);
        layout->addWidget(m_form);
    }

    QWidget *widget() const override { return m_box; }
    void setValue(const QJsonValue &value) override
    {
        m_box->setChecked(value.isObject());
        m_form->setObject(value.toObject());
    }
    QJsonValue value() const override
    {
        if (m_box->isCheckable() && !m_box->isChecked())
            return QJsonValue::Undefined;
        return m_form->object();
    }
    void setReadOnly(bool readOnly) override { m_box->setEnabled(!readOnly); }
    bool showProblem(const QString &rest, const QString &message) override
    {
        return rest.startsWith(QLatin1Char('.')) && m_form->showProblem(rest.mid(1), message);
    }
    void clearProblems() override { m_form->clearProblems(); }
    QWidget *reveal(const QString &rest) override
    {
        if (rest.isEmpty())
            return m_box;
        return rest.startsWith(QLatin1Char('.')) ? m_form->reveal(rest.mid(1)) : nullptr;
    }
    QString problemAt(const QString &rest) override
    {
        return rest.startsWith(QLatin1Char('.')) ? m_form->problemAt(rest.mid(1)) : QString();
    }

private:
    QGroupBox *m_box;
    ObjectForm *m_form;
};

} // namespace

QString fieldTitle(const FieldSpec &spec)
{
    const QString label = fieldwords::label(spec.name);
    return spec.isRequired() ? label + QStringLiteral(" *") : label;
}

PathStep firstStep(const QString &path)
{
    qsizetype end = 0;
    while (end < path.size() && path.at(end) != QLatin1Char('.') && path.at(end) != QLatin1Char('['))
        ++end;
    return {path.left(end), path.mid(end)};
}

std::unique_ptr<FieldInput> makeObjectInput(const FieldSpec &spec, QWidget *parent)
{
    return std::make_unique<ObjectInput>(spec, parent);
}

struct ObjectForm::Row
{
    FieldSpec spec;
    std::unique_ptr<FieldInput> input;
    QLabel *label = nullptr;    // null for nested objects and lists: their group box has the title
    QLabel *problem = nullptr;
    QJsonValue loaded;          // what the input gave right after setObject(): "not touched"
};

ObjectForm::ObjectForm(const QString &objectName, QWidget *parent)
    : QWidget(parent), m_objectName(objectName), m_general(problemLabel(this))
{
    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(m_general);
    for (const FieldSpec &spec : OcpiSchema::get().fields(objectName)) {
        auto *row = new Row{spec, makeFieldInput(spec, this)};
        row->problem = problemLabel(this);
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(row->input->widget());
        cellLayout->addWidget(row->problem);
        row->input->focusTarget()->setAccessibleName(fieldwords::label(spec.name));
        if (isNested(spec)) {
            layout->addRow(cell);
        } else {
            row->label = new QLabel(fieldTitle(spec), this);
            row->label->setBuddy(row->input->focusTarget());
            if (spec.isRequired())
                row->label->setToolTip(tr("Required"));
            layout->addRow(row->label, cell);
        }
        m_rows.append(row);
    }
}

ObjectForm::~ObjectForm()
{
    qDeleteAll(m_rows);
}

void ObjectForm::setObject(const QJsonObject &object)
{
    m_original = object;
    for (Row *row : std::as_const(m_rows)) {
        row->input->setValue(object.value(row->spec.name));
        row->loaded = row->input->value();
    }
}

QJsonObject ObjectForm::object() const
{
    QJsonObject result = m_original;
    for (const Row *row : m_rows) {
        const QJsonValue value = row->input->value();
        if (value == row->loaded)
            continue; // untouched: the stored JSON stays as it was (number text, [] or omitted)
        if (value.isUndefined())
            result.remove(row->spec.name);
        else
            result.insert(row->spec.name, value);
    }
    return result;
}

void ObjectForm::setReadOnlyFields(const QSet<QString> &fields)
{
    for (Row *row : std::as_const(m_rows))
        row->input->setReadOnly(fields.contains(row->spec.name));
}

void ObjectForm::focusFirstField()
{
    if (!m_rows.isEmpty())
        m_rows.first()->input->focusTarget()->setFocus(Qt::OtherFocusReason);
}

void ObjectForm::clearProblems()
{
    m_general->clear();
    m_general->hide();
    for (Row *row : std::as_const(m_rows)) {
        row->problem->clear();
        row->problem->hide();
        if (row->label)
            row->label->setStyleSheet(QString());
        row->input->clearProblems();
    }
}

void ObjectForm::setRowProblem(Row &row, const QString &text)
{
    appendLine(row.problem, text);
    if (row.label)
        row.label->setStyleSheet(kProblemStyle);
}

bool ObjectForm::showProblem(const QString &path, const QString &message)
{
    if (path.isEmpty()) {
        appendLine(m_general, fieldwords::problem(message));
        return true;
    }
    const PathStep step = firstStep(path);
    Row *found = row(step.field);
    if (!found)
        return false;
    if (step.rest.isEmpty() || !found->input->showProblem(step.rest, message))
        setRowProblem(*found, fieldwords::problem(message));
    return true;
}

QWidget *ObjectForm::reveal(const QString &path)
{
    const PathStep step = firstStep(path);
    Row *found = row(step.field);
    return found ? found->input->reveal(step.rest) : nullptr;
}

QString ObjectForm::problemAt(const QString &path)
{
    if (path.isEmpty())
        return m_general->text();
    const PathStep step = firstStep(path);
    Row *found = row(step.field);
    if (!found)
        return QString();
    if (step.rest.isEmpty())
        return found->problem->text();
    const QString inside = found->input->problemAt(step.rest);
    return inside.isEmpty() ? found->problem->text() : inside;
}

ObjectForm::Row *ObjectForm::row(const QString &name) const
{
    for (Row *row : m_rows) {
        if (row->spec.name == name)
            return row;
    }
    return nullptr;
}

} // namespace ocpi
