#pragma once

#include "campaign/CampaignDriver.h"
#include "profiles/ConnectionProfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <memory>

class LeshanRestClient;
struct Lwm2mResponse;

// The campaign engine's LwM2M steps over one LwM2M server profile (Leshan's REST API, object 5 of
// protocols.md §2): status() reads the registration, /3/0, /5/0 and /4/0/2 in parallel;
// startDownload() writes the package URI to /5/0/1; executeUpdate() executes /5/0/2. Lives on the
// thread that creates it (the engine's); every call returns at once and its callback runs later on
// that thread, exactly once, never inside the call. Callbacks of requests still pending when the
// driver is destroyed never run.
class Lwm2mCampaignDriver : public CampaignDriver
{
    Q_DECLARE_TR_FUNCTIONS(Lwm2mCampaignDriver)

public:
    // secret: the profile's password or token when profile.needsSecret(). timeoutSeconds: how
    // long the device may take to answer one request (Leshan's ?timeout=); the HTTP request
    // gives up a little later.
    explicit Lwm2mCampaignDriver(const ConnectionProfile &profile,
                                 const QByteArray &secret = {},
                                 int timeoutSeconds = 10);
    ~Lwm2mCampaignDriver() override;

    void status(const Device &device, StatusDone done) override;
    void startDownload(const Device &device, const Package &package, AnswerDone done) override;
    void executeUpdate(const Device &device, AnswerDone done) override;
    bool installsByItself() const override { return false; }

    LeshanRestClient *client() const { return m_client.get(); }

    // How a Write or Execute came back (public for tests): ok; busy on CoAP 5.00 "busy" or 5.03;
    // else the refusal in words with the CoAP code, which also goes to resultCode (405 = 4.05).
    static Answer answerFrom(const Lwm2mResponse &response);
    // "METHOD_NOT_ALLOWED(405)" → 405; 0 when there is no code.
    static int coapCode(const QString &status);

private:
    void failLater(const AnswerDone &done, const QString &error);

    std::unique_ptr<LeshanRestClient> m_client;
    int m_timeoutSeconds;
};
