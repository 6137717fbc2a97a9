#include "trafficdetailview.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace ocpi {

namespace {

QPlainTextEdit *makeTextPane(const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(placeholder);
    return edit;
}

} // namespace

TrafficDetailView::TrafficDetailView(QWidget *parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_request = makeTextPane(tr("Request"), this);
    m_response = makeTextPane(tr("Response"), this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_request);
    splitter->addWidget(m_response);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    showMessage(tr("Select an exchange to see its headers and bodies."));
}

void TrafficDetailView::showRecord(const TrafficRecord &record)
{
    const QString direction = record.direction == TrafficRecord::Direction::Incoming
                                  ? tr("incoming from %1").arg(record.partner.isEmpty() ? tr("an unknown client")
                                                                                        : record.partner)
                                  : tr("outgoing to %1").arg(record.partner);
    QString summary = record.isTransportFailure()
                          ? tr("%1 %2 — %3; no answer: %4, after %5 ms")
                                .arg(record.method, record.url, direction,
                                     record.error.isEmpty() ? tr("no HTTP response") : record.error)
                                .arg(record.durationMs, 0, 'f', 1)
                          : tr("%1 %2 — %3; HTTP %4, OCPI %5, %6 ms")
                                .arg(record.method, record.url, direction)
                                .arg(record.httpStatus)
                                .arg(record.ocpiStatus ? QString::number(record.ocpiStatus) : tr("none"))
                                .arg(record.durationMs, 0, 'f', 1);
    if (!record.requestId.isEmpty())
        summary += QLatin1Char('\n') + tr("X-Request-ID %1, X-Correlation-ID %2").arg(record.requestId, record.correlationId);
    if (!record.warnings.isEmpty())
        summary += QLatin1Char('\n') + tr("Accepted with warnings: %1").arg(record.warnings);
    m_summary->setText(summary);
    m_request->setPlainText(messageText(record.requestHeaders, record.requestBody));
    m_response->setPlainText(record.isTransportFailure() && record.responseHeaders.isEmpty()
                                 ? tr("No response: %1").arg(record.error)
                                 : messageText(record.responseHeaders, record.responseBody));
}

void TrafficDetailView::showMessage(const QString &message)
{
    m_summary->setText(message);
    m_request->clear();
    m_response->clear();
}

QString TrafficDetailView::summaryText() const
{
    return m_summary->text();
}

QString TrafficDetailView::requestText() const
{
    return m_request->toPlainText();
}

QString TrafficDetailView::responseText() const
{
    return m_response->toPlainText();
}

QString TrafficDetailView::messageText(const QByteArray &headers, const QByteArray &body)
{
    QString text = QString::fromUtf8(headers).trimmed();
    if (!body.isEmpty())
        text += QStringLiteral("\n\n") + prettyBody(body);
    return text;
}

QString TrafficDetailView::prettyBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    // Bodies cut at the log's size limit are no longer valid JSON: show them as stored.
    if (error.error != QJsonParseError::NoError || json.isNull())
        return QString::fromUtf8(body);
    return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace ocpi
