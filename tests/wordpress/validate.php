<?php
/**
 * Runs the plugin's option validation on cases from the browser tests (wordpress.test.mjs), in the
 * test blog with the plugin active: php validate.php WORDPRESS-DIR ORIGIN < cases.json, where each
 * case is a list of [name, value] pairs; prints one {options, problems} per case as JSON.
 */

// Names of our own: WordPress sets globals while it loads.
list( , $knotmap_wordpress, $knotmap_origin ) = $argv;
$_SERVER['HTTP_HOST']   = (string) parse_url( $knotmap_origin, PHP_URL_HOST ) . ':' . parse_url( $knotmap_origin, PHP_URL_PORT );
$_SERVER['SERVER_NAME'] = (string) parse_url( $knotmap_origin, PHP_URL_HOST );
$_SERVER['REQUEST_URI'] = '/';
require $knotmap_wordpress . '/wp-load.php';

$knotmap_results = array();
foreach ( json_decode( file_get_contents( 'php://stdin' ), true ) as $knotmap_case ) {
	$knotmap_given = array();
	foreach ( $knotmap_case as list( $knotmap_name, $knotmap_value ) ) {
		$knotmap_given[ $knotmap_name ] = $knotmap_value;
	}
	$knotmap_checked                = knotmap_validate_options( $knotmap_given );
	$knotmap_checked['options']     = (object) $knotmap_checked['options'];
	$knotmap_results[]              = $knotmap_checked;
}
echo wp_json_encode( $knotmap_results, JSON_UNESCAPED_SLASHES ), "\n";
