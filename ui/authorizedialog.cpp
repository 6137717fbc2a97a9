#include "authorizedialog.h"

#include "objectrow.h"
#include "objectscontroller.h"
#include "ocpi/schema.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ocpi {

AuthorizeDialog::AuthorizeDialog(ObjectsController &objects, const QString &uid, const QString &type, QWidget *parent)
    : QDialog(parent), m_objects(objects)
{
    setWindowTitle(tr("Authorize token"));
    m_uid = new QLineEdit(uid, this);
    m_type = new QComboBox(this);
    m_type->addItems(OcpiSchema::get().enumValues(QStringLiteral("TokenType")));
    m_type->setCurrentIndex(std::max(0, m_type->findText(type.isEmpty() ? QStringLiteral("RFID") : type)));
    m_location = new QLineEdit(this);
    m_location->setPlaceholderText(tr("optional"));
    m_evses = new QLineEdit(this);
    m_evses->setPlaceholderText(tr("optional, comma separated"));
    m_authorize = new QPushButton(tr("Authorize"), this);
    m_authorize->setDefault(true);
    m_outcome = new QLabel(this);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setWordWrap(true);
    m_result = new QPlainTextEdit(this);
    m_result->setAccessibleName(tr("Authorization result"));
    m_result->setReadOnly(true);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *form = new QFormLayout;
    form->addRow(tr("Token UID:"), m_uid);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Location id:"), m_location);
    form->addRow(tr("EVSE UIDs:"), m_evses);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_authorize, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_authorize, &QPushButton::clicked, this, &AuthorizeDialog::authorize);

    auto *hint = new QLabel(tr("Asks this node's token authorization what a CPO would be told, as the "
                               "real-time authorization endpoint answers it (nothing is stored)."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    resize(520, 520);
}

QString AuthorizeDialog::outcome() const
{
    return m_outcome->text();
}

QString AuthorizeDialog::resultText() const
{
    return m_result->toPlainText();
}

void AuthorizeDialog::authorize()
{
    AuthorizationRequest request;
    request.uid = m_uid->text().trimmed();
    request.type = m_type->currentText();
    const QString location = m_location->text().trimmed();
    QJsonArray evses;
    for (const QString &uid : m_evses->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!uid.trimmed().isEmpty())
            evses.append(uid.trimmed());
    }
    // Sent as a CPO would write it; the service validates it (a missing location_id is its 2001).
    if (!location.isEmpty() || !evses.isEmpty()) {
        QJsonObject references;
        if (!location.isEmpty())
            references.insert(QStringLiteral("location_id"), location);
        if (!evses.isEmpty())
            references.insert(QStringLiteral("evse_uids"), evses);
        request.locationReferences = QJsonValue(references);
    }
    m_authorize->setEnabled(false);
    m_outcome->setStyleSheet(QString());
    m_outcome->setText(tr("Asking…"));
    m_result->clear();
    m_objects.authorize(request, this, [this](Result<QJsonObject> info) {
        m_authorize->setEnabled(true);
        ++m_answers;
        if (!info) {
            const StatusMapping status = statusFor(info.error().kind);
            m_outcome->setStyleSheet(QStringLiteral("color: #b02020"));
            m_outcome->setText(tr("Error %1 (HTTP %2): %3").arg(status.ocpiStatus).arg(status.httpStatus)
                                   .arg(info.error().message));
            return;
        }
        const QString allowed = info->value(QLatin1String("allowed")).toString();
        m_outcome->setStyleSheet(allowed == QLatin1String("ALLOWED") ? QStringLiteral("color: #1e7d32")
                                                                     : QStringLiteral("color: #b02020"));
        m_outcome->setText(allowed);
        m_result->setPlainText(ObjectRow::prettyJson(*info));
    });
}

} // namespace ocpi
