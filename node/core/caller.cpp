#include "caller.h"

namespace ocpi {

bool mayActFor(const Caller &caller, const PartyId &party, std::optional<Role> role)
{
    if (role ? holdsParty(caller.roles, party, *role) : holdsParty(caller.roles, party))
        return true;
    // A party the caller holds in another role is itself (the hub's own party), never one behind it.
    if (!caller.hub || caller.hub->others.contains(party) || holdsParty(caller.roles, party))
        return false;
    if (!caller.hub->reported) // the hub has not said who is behind it: anyone not known elsewhere
        return true;
    return role ? holdsParty(*caller.hub->reported, party, *role) : holdsParty(*caller.hub->reported, party);
}

} // namespace ocpi
