/*
 * The second-stage boot loader ("boot2") of the Raspberry Pi Pico: the first
 * 256 bytes of flash. The boot ROM copies them to SRAM at 0x20041f00, checks
 * the CRC-32 in the last 4 bytes (boot2_checksum.py adds it) and enters here
 * with lr = 0; code that reprograms flash may also call it as a function to
 * get execute-in-place (XIP) back, and then it returns.
 *
 * The flash is read with the standard SPI "Read Data" command (0x03) at
 * clk_sys / 4: every 25-series serial NOR flash has it, nothing is written to
 * the flash's non-volatile status registers (quad mode would need the QE bit,
 * which sits in a different register on each vendor's parts), and 31.25 MHz
 * at the 125 MHz clk_sys stays within the 50 MHz the W25Q16JV allows for 0x03
 * (and within it up to a 200 MHz clk_sys). The XIP cache hides most of the
 * cost; quad reads (0xEB) would make cache misses about four times cheaper.
 *
 * Before XIP, it reads the flash's 64-bit unique id (command 0x4B, four dummy
 * bytes, eight id bytes) into the 8 bytes at 0x20000000, which the linker
 * script reserves (.flash_unique_id) and machine.unique_id() returns.
 *
 * The code only uses PC-relative addressing, so it runs wherever it is copied.
 */
  .syntax unified
  .cpu cortex-m0plus
  .thumb

/* XIP_SSI: the Synopsys DW_apb_ssi in front of the flash (RP2040 datasheet,
 * section 4.10). */
#define SSI_BASE 0x18000000
#define SSI_CTRLR0 0x00
#define SSI_CTRLR1 0x04
#define SSI_SSIENR 0x08
#define SSI_SER 0x10
#define SSI_BAUDR 0x14
#define SSI_SR 0x28
#define SSI_DR0 0x60
#define SSI_SPI_CTRLR0 0xf4

#define SSI_SR_BUSY 0x01
#define SSI_SR_TFE 0x04

/* CTRLR0 fields: DFS_32 (bits 20:16) is the frame size - 1, TMOD (9:8) the
 * transfer mode, SPI_FRF (22:21) 0 for standard SPI. */
#define CTRLR0_DFS_32_LSB 16
#define CTRLR0_TMOD_LSB 8
#define TMOD_TX_AND_RX 0
#define TMOD_EEPROM_READ 3

/* SPI_CTRLR0 fields for XIP: the command, 8-bit instruction (INST_L = 2),
 * 24-bit address (ADDR_L = 6 nibbles), both sent as standard SPI (TRANS_TYPE
 * = 0), no wait cycles. */
#define SPI_CTRLR0_XIP_CMD_LSB 24
#define SPI_CTRLR0_INST_L_LSB 8
#define SPI_CTRLR0_ADDR_L_LSB 2

#define CLOCK_DIVIDER 4
#define CMD_READ_DATA 0x03
#define CMD_READ_UNIQUE_ID 0x4b
#define UNIQUE_ID_DUMMY_BYTES 4
#define UNIQUE_ID_BYTES 8

/* Where the unique id goes; the linker script reserves it (rp2040.ld). */
#define FLASH_UNIQUE_ID_ADDRESS 0x20000000

#define APP_VECTOR_TABLE 0x10000100
#define PPB_VTOR 0xe000ed08

  .section .text.boot2, "ax"
  .global Boot2Entry
  .type Boot2Entry, %function
  .thumb_func
Boot2Entry:
  push {lr}
  ldr r3, =SSI_BASE

  /* Disabling the SSI makes its registers writable and empties its FIFOs. */
  movs r0, #0
  str r0, [r3, #SSI_SSIENR]
  movs r0, #CLOCK_DIVIDER
  str r0, [r3, #SSI_BAUDR]
  movs r0, #1
  str r0, [r3, #SSI_SER]

  /* The unique id, as a plain SPI transfer of 8-bit frames: chip select stays
   * low while the TX FIFO has data, and the CPU fills it faster than 8 SCK
   * cycles (32 clk_sys cycles) empty it. All 1 + 4 + 8 frames fit in the
   * 16-deep FIFOs. */
  ldr r0, =(7 << CTRLR0_DFS_32_LSB) | (TMOD_TX_AND_RX << CTRLR0_TMOD_LSB)
  str r0, [r3, #SSI_CTRLR0]
  movs r0, #1
  str r0, [r3, #SSI_SSIENR]
  movs r0, #CMD_READ_UNIQUE_ID
  str r0, [r3, #SSI_DR0]
  movs r0, #0
  movs r1, #(UNIQUE_ID_DUMMY_BYTES + UNIQUE_ID_BYTES)
send_id_frame:
  str r0, [r3, #SSI_DR0]
  subs r1, #1
  bne send_id_frame

  /* Done when the TX FIFO is empty and the shifter idle. */
  movs r2, #(SSI_SR_TFE | SSI_SR_BUSY)
wait_id_done:
  ldr r0, [r3, #SSI_SR]
  ands r0, r2
  cmp r0, #SSI_SR_TFE
  bne wait_id_done

  /* The frames received while the command and dummy bytes went out are
   * noise; the last eight are the id, most significant byte first. */
  movs r1, #(1 + UNIQUE_ID_DUMMY_BYTES)
drop_frame:
  ldr r0, [r3, #SSI_DR0]
  subs r1, #1
  bne drop_frame
  ldr r2, =FLASH_UNIQUE_ID_ADDRESS
store_id_byte:
  ldr r0, [r3, #SSI_DR0]
  strb r0, [r2, r1]
  adds r1, #1
  cmp r1, #UNIQUE_ID_BYTES
  bne store_id_byte

  /* XIP: each read of the flash window becomes a 0x03 command with a 24-bit
   * address and one 32-bit data frame (NDF = 0). */
  movs r0, #0
  str r0, [r3, #SSI_SSIENR]
  ldr r0, =(31 << CTRLR0_DFS_32_LSB) | (TMOD_EEPROM_READ << CTRLR0_TMOD_LSB)
  str r0, [r3, #SSI_CTRLR0]
  movs r0, #0
  str r0, [r3, #SSI_CTRLR1]
  ldr r0, =(CMD_READ_DATA << SPI_CTRLR0_XIP_CMD_LSB) | (2 << SPI_CTRLR0_INST_L_LSB) | (6 << SPI_CTRLR0_ADDR_L_LSB)
  movs r1, #SSI_SPI_CTRLR0
  str r0, [r3, r1]
  movs r0, #1
  str r0, [r3, #SSI_SSIENR]

  /* lr = 0: the boot ROM entered, so start the firmware as a reset would,
   * from the vector table after boot2. Otherwise return to the caller. */
  pop {r0}
  cmp r0, #0
  beq enter_firmware
  bx r0
enter_firmware:
  ldr r0, =APP_VECTOR_TABLE
  ldr r1, =PPB_VTOR
  str r0, [r1]
  ldmia r0!, {r1, r2}
  msr msp, r1
  bx r2

  .ltorg
