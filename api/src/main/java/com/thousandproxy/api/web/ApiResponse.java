package com.thousandproxy.api.web;

/** The success envelope every JSON response of the API uses. */
public record ApiResponse<T>(boolean success, String message, T data) {

  public static <T> ApiResponse<T> ok(T data) {
    return new ApiResponse<>(true, "OK", data);
  }

  public static <T> ApiResponse<T> created(T data) {
    return new ApiResponse<>(true, "Created", data);
  }

  public static <T> ApiResponse<T> of(String message, T data) {
    return new ApiResponse<>(true, message, data);
  }
}
