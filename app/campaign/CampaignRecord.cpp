#include "campaign/CampaignRecord.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<CampaignDeviceState, const char *>, 8> DeviceStateIds{{
    {CampaignDeviceState::Pending, "pending"},
    {CampaignDeviceState::Skipped, "skipped"},
    {CampaignDeviceState::Downloading, "downloading"},
    {CampaignDeviceState::Downloaded, "downloaded"},
    {CampaignDeviceState::Updating, "updating"},
    {CampaignDeviceState::Succeeded, "succeeded"},
    {CampaignDeviceState::Failed, "failed"},
    {CampaignDeviceState::Cancelled, "cancelled"},
}};

constexpr std::array<std::pair<CampaignState, const char *>, 6> StateIds{{
    {CampaignState::Ready, "ready"},
    {CampaignState::Running, "running"},
    {CampaignState::Paused, "paused"},
    {CampaignState::WaitingApproval, "waiting_approval"},
    {CampaignState::Aborted, "aborted"},
    {CampaignState::Completed, "completed"},
}};

} // namespace

bool CampaignDeviceRecord::isTerminal() const
{
    return state == CampaignDeviceState::Skipped || state == CampaignDeviceState::Succeeded
           || state == CampaignDeviceState::Failed || state == CampaignDeviceState::Cancelled;
}

bool CampaignDeviceRecord::isInFlight() const
{
    return state == CampaignDeviceState::Downloading || state == CampaignDeviceState::Downloaded
           || state == CampaignDeviceState::Updating;
}

int CampaignProgress::inFlight() const
{
    return count(CampaignDeviceState::Downloading) + count(CampaignDeviceState::Downloaded)
           + count(CampaignDeviceState::Updating);
}

int CampaignProgress::terminal() const
{
    return count(CampaignDeviceState::Skipped) + count(CampaignDeviceState::Succeeded)
           + count(CampaignDeviceState::Failed) + count(CampaignDeviceState::Cancelled);
}

int CampaignProgress::percentDone() const
{
    return total == 0 ? 100 : int(qint64(terminal()) * 100 / total);
}

QString CampaignText::deviceStateId(CampaignDeviceState state)
{
    for (const auto &[s, id] : DeviceStateIds) {
        if (s == state)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<CampaignDeviceState> CampaignText::deviceStateFromId(const QString &id)
{
    for (const auto &[s, text] : DeviceStateIds) {
        if (id == QLatin1String(text))
            return s;
    }
    return std::nullopt;
}

QString CampaignText::stateId(CampaignState state)
{
    for (const auto &[s, id] : StateIds) {
        if (s == state)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<CampaignState> CampaignText::stateFromId(const QString &id)
{
    for (const auto &[s, text] : StateIds) {
        if (id == QLatin1String(text))
            return s;
    }
    return std::nullopt;
}

QString CampaignText::deviceStateName(CampaignDeviceState state)
{
    switch (state) {
    case CampaignDeviceState::Pending:
        return tr("Pending");
    case CampaignDeviceState::Skipped:
        return tr("Skipped");
    case CampaignDeviceState::Downloading:
        return tr("Downloading");
    case CampaignDeviceState::Downloaded:
        return tr("Downloaded");
    case CampaignDeviceState::Updating:
        return tr("Updating");
    case CampaignDeviceState::Succeeded:
        return tr("Succeeded");
    case CampaignDeviceState::Failed:
        return tr("Failed");
    case CampaignDeviceState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString CampaignText::stateName(CampaignState state)
{
    switch (state) {
    case CampaignState::Ready:
        return tr("Ready");
    case CampaignState::Running:
        return tr("Running");
    case CampaignState::Paused:
        return tr("Paused");
    case CampaignState::WaitingApproval:
        return tr("Waiting for approval");
    case CampaignState::Aborted:
        return tr("Aborted");
    case CampaignState::Completed:
        return tr("Completed");
    }
    return {};
}

QString CampaignText::updateResultName(int code)
{
    // LwM2M Firmware Update, /5/0/5 (OMA LwM2M 1.1 object 5); the MQTT convention uses the same.
    switch (code) {
    case 0:
        return tr("Initial value (no result yet)");
    case 1:
        return tr("Firmware updated successfully");
    case 2:
        return tr("Not enough flash memory for the package");
    case 3:
        return tr("Out of RAM during download");
    case 4:
        return tr("Connection lost during download");
    case 5:
        return tr("Integrity check failure");
    case 6:
        return tr("Unsupported package type");
    case 7:
        return tr("Invalid URI");
    case 8:
        return tr("Firmware update failed");
    case 9:
        return tr("Unsupported protocol");
    default:
        return tr("Result %1").arg(code);
    }
}
