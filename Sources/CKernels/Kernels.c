#include "CKernels.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

// Each kernel is compiled twice, for AVX2 and for the x86-64 baseline, and the loader picks the
// best one the processor supports. With -ffp-contract=off both round identically.
#if defined(__x86_64__) && defined(__clang__)
#define CKERNEL __attribute__((target_clones("avx2", "default")))
#else
#define CKERNEL
#endif

CKERNEL void ckernels_adam_update(float *restrict weights, const float *restrict gradient, float *restrict m,
                          float *restrict v, size_t count, float alpha, float one_minus_beta1,
                          float one_minus_beta2, float epsilon) {
  for (size_t i = 0; i < count; i++) {
    const float g = gradient[i];
    const float mi = m[i] + (g - m[i]) * one_minus_beta1;
    const float vi = v[i] + (g * g - v[i]) * one_minus_beta2;
    m[i] = mi;
    v[i] = vi;
    weights[i] -= (mi * alpha) / (sqrtf(vi) + epsilon);
  }
}

CKERNEL void ckernels_add_bias_relu(float *restrict c, const float *restrict b, size_t rows, size_t columns,
                            int relu) {
  for (size_t r = 0; r < rows; r++) {
    float *restrict row = c + r * columns;
    if (relu) {
      for (size_t j = 0; j < columns; j++) {
        const float z = row[j] + b[j];
        row[j] = z > 0 ? z : 0;
      }
    } else {
      for (size_t j = 0; j < columns; j++) row[j] += b[j];
    }
  }
}

CKERNEL void ckernels_relu_backward(float *restrict g, const float *restrict y, size_t rows, size_t columns,
                            float *restrict bias_gradient, int fresh) {
  if (bias_gradient && fresh) {
    for (size_t j = 0; j < columns; j++) bias_gradient[j] = 0;
  }
  for (size_t r = 0; r < rows; r++) {
    float *restrict grow = g + r * columns;
    const float *restrict yrow = y + r * columns;
    // Branch-free (and so vectorized): keep g's bits where y > 0, clear them elsewhere.
    for (size_t j = 0; j < columns; j++) {
      uint32_t bits;
      memcpy(&bits, &grow[j], sizeof bits);
      bits &= (uint32_t)0 - (uint32_t)(yrow[j] > 0);
      memcpy(&grow[j], &bits, sizeof bits);
    }
    if (bias_gradient) {
      for (size_t j = 0; j < columns; j++) bias_gradient[j] += grow[j];
    }
  }
}
