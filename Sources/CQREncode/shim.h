#ifndef AGORA_CQRENCODE_SHIM_H
#define AGORA_CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
