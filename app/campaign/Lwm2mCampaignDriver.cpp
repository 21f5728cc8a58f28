#include "campaign/Lwm2mCampaignDriver.h"

#include "lwm2m/LeshanRestClient.h"
#include "lwm2m/Lwm2mNode.h"
#include "lwm2m/Lwm2mReply.h"
#include "lwm2m/Lwm2mResponse.h"

#include <QJsonObject>
#include <QTimer>
#include <cmath>

namespace {

// The HTTP request's own limit for requests without a device timeout (the registration).
constexpr int RegistrationRequestMs = 10000;

std::optional<int> numeric(const Lwm2mNode &instance, int resourceId)
{
    const Lwm2mNode *resource = instance.child(resourceId);
    if (!resource)
        return std::nullopt;
    const std::optional<double> value = resource->numericValue();
    if (!value)
        return std::nullopt;
    return int(std::lround(*value));
}

// What one status() collects from its four requests.
struct StatusRound
{
    Lwm2mResponse registration;
    Lwm2mResponse device;   // /3/0
    Lwm2mResponse firmware; // /5/0
    Lwm2mResponse signal;   // /4/0/2
    int pending = 4;
    CampaignDriver::StatusDone done;
};

CampaignDeviceStatus combine(const StatusRound &round)
{
    using Error = Lwm2mResponse::Error;
    CampaignDeviceStatus s;
    const Lwm2mResponse &reg = round.registration;
    if (reg.ok()) {
        s.reachable = true;
        s.online = true;
        const QJsonObject o = reg.json.toObject();
        // A new registration gets a new id from the server: it changes on every re-registration.
        s.session = o.value(QLatin1String("registrationId")).toString();
    } else if (reg.error == Error::UnknownEndpoint || reg.error == Error::NotFound) {
        s.reachable = true; // the server answered: the device is not registered now
        s.online = false;
    } else {
        s.reachable = false;
        s.error = reg.message;
        return s;
    }
    if (round.device.ok()) {
        const Lwm2mNode &d = round.device.content;
        if (const Lwm2mNode *version = d.child(3))
            s.version = version->valueText();
        s.batteryPercent = numeric(d, 9);
    }
    if (round.firmware.ok()) {
        s.updateState = numeric(round.firmware.content, 3).value_or(-1);
        s.updateResult = numeric(round.firmware.content, 5).value_or(-1);
    }
    if (round.signal.ok()) {
        if (const std::optional<double> dbm = round.signal.content.numericValue())
            s.signalDbm = int(std::lround(*dbm));
    }
    if (s.online) {
        // Registered, but the device did not answer a read it needs to be judged by.
        for (const Lwm2mResponse *r : {&round.device, &round.firmware}) {
            if (!r->ok()) {
                s.error = r->message;
                break;
            }
        }
    }
    return s;
}

QString coapText(int code)
{
    return QStringLiteral("%1.%2").arg(code / 100).arg(code % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

Lwm2mCampaignDriver::Lwm2mCampaignDriver(const ConnectionProfile &profile,
                                         const QByteArray &secret,
                                         int timeoutSeconds)
    : m_client(std::make_unique<LeshanRestClient>())
    , m_timeoutSeconds(qMax(1, timeoutSeconds))
{
    m_client->setProfile(profile, secret);
    m_client->setRequestTimeout(RegistrationRequestMs);
}

Lwm2mCampaignDriver::~Lwm2mCampaignDriver() = default;

int Lwm2mCampaignDriver::coapCode(const QString &status)
{
    const int open = status.lastIndexOf(QLatin1Char('('));
    const int close = status.lastIndexOf(QLatin1Char(')'));
    if (open < 0 || close <= open)
        return 0;
    bool ok = false;
    const int code = status.mid(open + 1, close - open - 1).toInt(&ok);
    return ok ? code : 0;
}

CampaignDriver::Answer Lwm2mCampaignDriver::answerFrom(const Lwm2mResponse &response)
{
    Answer a;
    if (response.ok()) {
        // Queue mode: the server delivers it when the device wakes up; the engine polls status.
        a.ok = true;
        return a;
    }
    if (response.error != Lwm2mResponse::Error::DeviceError) {
        a.error = response.message;
        return a;
    }
    const int code = coapCode(response.status);
    const QString detail
        = response.json.toObject().value(QLatin1String("errormessage")).toString().trimmed();
    if (code > 0)
        a.resultCode = code;
    if ((code == 500 && detail.compare(QLatin1String("busy"), Qt::CaseInsensitive) == 0)
        || code == 503) {
        a.busy = true;
        a.error = tr("The device is busy (CoAP %1).").arg(coapText(code));
        return a;
    }
    QString words;
    switch (code) {
    case 400:
        words = tr("the device rejected the request as invalid");
        break;
    case 401:
    case 403:
        words = tr("the device does not allow this server to do that");
        break;
    case 404:
        words = tr("the device has no firmware update object");
        break;
    case 405:
        words = tr("the device's firmware update is not in a state that allows this");
        break;
    case 406:
    case 415:
        words = tr("the device does not support that data format");
        break;
    case 500:
        words = tr("the device reported an internal error");
        break;
    default:
        words = tr("the device answered with an error");
        break;
    }
    a.error = code > 0
                  ? tr("Refused: %1 (CoAP %2 %3)")
                        .arg(words, coapText(code), response.status.section(QLatin1Char('('), 0, 0))
                  : tr("Refused: %1 (%2)").arg(words, response.status);
    if (!detail.isEmpty())
        a.error += QStringLiteral(": ") + detail;
    return a;
}

void Lwm2mCampaignDriver::failLater(const AnswerDone &done, const QString &error)
{
    QTimer::singleShot(0, m_client.get(), [done, error] {
        Answer a;
        a.error = error;
        done(a);
    });
}

void Lwm2mCampaignDriver::status(const Device &device, StatusDone done)
{
    const QString endpoint = device.binding.key;
    if (endpoint.isEmpty()) {
        QTimer::singleShot(0, m_client.get(), [done] {
            CampaignDeviceStatus s;
            s.error = tr("The device has no LwM2M endpoint.");
            done(s);
        });
        return;
    }
    auto round = std::make_shared<StatusRound>();
    round->done = std::move(done);
    auto collect = [round](Lwm2mReply *reply, Lwm2mResponse StatusRound::*slot) {
        QObject::connect(
            reply, &Lwm2mReply::finished, reply, [round, slot](const Lwm2mResponse &response) {
                (*round).*slot = response;
                if (--round->pending == 0)
                    round->done(combine(*round));
            });
    };
    collect(m_client->client(endpoint), &StatusRound::registration);
    collect(m_client->read(endpoint, QStringLiteral("/3/0"), {}, m_timeoutSeconds),
            &StatusRound::device);
    collect(m_client->read(endpoint, QStringLiteral("/5/0"), {}, m_timeoutSeconds),
            &StatusRound::firmware);
    collect(m_client->read(endpoint, QStringLiteral("/4/0/2"), {}, m_timeoutSeconds),
            &StatusRound::signal);
}

void Lwm2mCampaignDriver::startDownload(const Device &device,
                                        const Package &package,
                                        AnswerDone done)
{
    if (device.binding.key.isEmpty()) {
        failLater(done, tr("The device has no LwM2M endpoint."));
        return;
    }
    if (package.url.isEmpty()) {
        failLater(done, tr("The package has no download address."));
        return;
    }
    Lwm2mReply *reply
        = m_client->write(device.binding.key,
                          QStringLiteral("/5/0/1"),
                          Lwm2mNode::singleResource(1, Lwm2mNode::Type::String, package.url),
                          true,
                          m_timeoutSeconds);
    QObject::connect(reply, &Lwm2mReply::finished, reply, [done](const Lwm2mResponse &r) {
        done(answerFrom(r));
    });
}

void Lwm2mCampaignDriver::executeUpdate(const Device &device, AnswerDone done)
{
    if (device.binding.key.isEmpty()) {
        failLater(done, tr("The device has no LwM2M endpoint."));
        return;
    }
    Lwm2mReply *reply = m_client->execute(
        device.binding.key, QStringLiteral("/5/0/2"), QString(), m_timeoutSeconds);
    QObject::connect(reply, &Lwm2mReply::finished, reply, [done](const Lwm2mResponse &r) {
        done(answerFrom(r));
    });
}
