//! The names of the chip measurements the hardware reader writes (benchmark names of runs with
//! a unit), in the data layer so readers and the gap maths share them without an upward import.

/// Dense FP16/BF16 tensor throughput, TFLOP/s.
pub const DENSE_FP16: &str = "Dense FP16 throughput";
/// INT8 tensor throughput, TOP/s.
pub const INT8: &str = "INT8 throughput";
/// Memory bandwidth, GB/s.
pub const MEMORY_BANDWIDTH: &str = "Memory bandwidth";
/// Memory per board, GB.
pub const MEMORY_SIZE: &str = "Memory size";
