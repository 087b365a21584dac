// The exception and interrupt handlers the vector table (startup.cc) names,
// each defined beside the peripheral it serves.
#ifndef MP_HAL_STM32_INTERRUPTS_H_
#define MP_HAL_STM32_INTERRUPTS_H_

extern "C" {

void ResetHandler();
void HardFaultHandler();  // fault.cc
void SysTickHandler();    // time.cc
void Usart1Handler();     // console.cc
void Usart2Handler();     // uart.cc, the same for the others
void Usart3Handler();
void Uart4Handler();
void Uart5Handler();
void Usart6Handler();

}  // extern "C"

#endif  // MP_HAL_STM32_INTERRUPTS_H_
