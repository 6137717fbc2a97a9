#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace ocpi::test {

// A partner eMSP's platform, small enough to misbehave on purpose: a plain QTcpServer speaking just
// enough HTTP/1.1 (Content-Length bodies, keep-alive) to serve versions and version details (a
// locations Receiver endpoint) and to take pushes of Locations, which it records in arrival order.
// Its mode decides what happens to the next request: answered, refused at connect, answered with
// HTTP 500, or read and never answered.
class FakeReceiver : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Ok, Refusing, Failing, Hanging };

    struct Push
    {
        QByteArray method;
        QString path;          // below the locations endpoint: "/NL/CPO/LOC1"
        QByteArray body;
        Mode answeredWith;     // Ok: acknowledged with 1000
    };

    // `token`: the token the node must present (the one this partner gives it, token B).
    explicit FakeReceiver(QString token, QObject *parent = nullptr);
    ~FakeReceiver() override;

    // Listens on 127.0.0.1, on the port it had before once it has one (URLs are registered).
    bool listen();
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    QString versionsUrl() const;
    QString locationsUrl() const;

    const QList<Push> &pushes() const { return m_pushes; }
    int answered(Mode mode) const { return m_answered.value(int(mode)); }
    int hungUp() const { return m_hungUp; }       // hanging requests the client gave up on
    int unauthorized() const { return m_unauthorized; }

private:
    struct Request
    {
        QByteArray method;
        QString path;
        QHash<QByteArray, QByteArray> headers;    // lower-case names
        QByteArray body;
    };
    void accept();
    void read(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void answer(QTcpSocket *socket, int status, const QByteArray &json);
    QByteArray envelope(const QJsonValue &data, int statusCode, const QString &message) const;
    QString base() const;

    QString m_token;
    QTcpServer *m_server;
    quint16 m_port = 0;
    Mode m_mode = Mode::Ok;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_hanging;
    QList<Push> m_pushes;
    QHash<int, int> m_answered;
    int m_hungUp = 0;
    int m_unauthorized = 0;
};

} // namespace ocpi::test
