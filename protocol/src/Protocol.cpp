#include "relais/protocol/Protocol.h"
